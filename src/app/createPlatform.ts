import type { CommunityConfig } from '../config/CommunityConfig.js';
import type { Clock } from '../core/Clock.js';
import type { KeyObject } from 'node:crypto';
import { errorMessage, UserError } from '../core/errors.js';
import type { Logger } from '../core/Logger.js';
import { DiscordPlatform } from '../platform/discord/DiscordPlatform.js';
import { interactionPublicKey } from '../platform/discord/httpInteraction.js';
import { InteractionAcks } from '../store/InteractionAcks.js';
import type { Platform } from '../platform/Platform.js';
import { SandboxPlatform } from '../platform/sandbox/SandboxPlatform.js';
import { seedSandboxCommunity } from '../platform/sandbox/seedSandboxCommunity.js';
import type { Store } from '../store/Store.js';

/**
 * Picks the platform: Discord when `DISCORD_TOKEN` is set (the guild comes from
 * `community.guildId`), otherwise the sandbox guild in the database, seeded on first run.
 * @param deps - store, clock, logger, parsed config, environment
 */
export async function createPlatform(deps: {
  store: Store;
  clock: Clock;
  log: Logger;
  community: CommunityConfig;
  env: Record<string, string | undefined>;
}): Promise<{ platform: Platform; guildId: string; interactions: HttpInteractions | null }> {
  const { env, community, log, clock, store } = deps;
  const token = env.DISCORD_TOKEN;
  if (token !== undefined && token !== '') {
    const guildId = community.community.guildId;
    if (guildId === undefined) {
      throw new UserError('community.guildId: required when DISCORD_TOKEN is set (the server the bot manages)');
    }
    const apiUrl = env.DISCORD_API_URL;
    const interactions = httpInteractions(env.DISCORD_PUBLIC_KEY, store);
    const platform = new DiscordPlatform({
      token,
      guildId,
      log: log.child({ component: 'discord' }),
      clock,
      ...(apiUrl === undefined || apiUrl === '' ? {} : { apiUrl }),
      ...(interactions === null ? {} : { httpAcks: interactions.acks }),
    });
    return { platform, guildId, interactions };
  }
  const sandbox = new SandboxPlatform({ store, clock });
  const guild = await seedSandboxCommunity(sandbox, { name: community.community.name });
  return { platform: sandbox, guildId: guild.id, interactions: null };
}

/** Discord's HTTP interactions endpoint, on when `DISCORD_PUBLIC_KEY` is set. */
export interface HttpInteractions {
  publicKey: KeyObject;
  acks: InteractionAcks;
}

function httpInteractions(publicKey: string | undefined, store: Store): HttpInteractions | null {
  if (publicKey === undefined || publicKey.trim() === '') return null;
  try {
    return { publicKey: interactionPublicKey(publicKey), acks: new InteractionAcks(store.db) };
  } catch (error) {
    throw new UserError(errorMessage(error));
  }
}

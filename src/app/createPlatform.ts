import type { CommunityConfig } from '../config/CommunityConfig.js';
import type { Clock } from '../core/Clock.js';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/Logger.js';
import { DiscordPlatform } from '../platform/discord/DiscordPlatform.js';
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
}): Promise<{ platform: Platform; guildId: string }> {
  const { env, community, log, clock, store } = deps;
  const token = env.DISCORD_TOKEN;
  if (token !== undefined && token !== '') {
    const guildId = community.community.guildId;
    if (guildId === undefined) {
      throw new UserError('community.guildId: required when DISCORD_TOKEN is set (the server the bot manages)');
    }
    const apiUrl = env.DISCORD_API_URL;
    const platform = new DiscordPlatform({
      token,
      guildId,
      log: log.child({ component: 'discord' }),
      clock,
      ...(apiUrl === undefined || apiUrl === '' ? {} : { apiUrl }),
    });
    return { platform, guildId };
  }
  const sandbox = new SandboxPlatform({ store, clock });
  const guild = await seedSandboxCommunity(sandbox, { name: community.community.name });
  return { platform: sandbox, guildId: guild.id };
}

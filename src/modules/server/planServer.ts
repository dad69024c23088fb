import type { Kysely } from 'kysely';
import type { Platform } from '../../platform/Platform.js';
import type { CoreTables } from '../../store/CoreTables.js';
import { planChanges, type PlanResult } from './planChanges.js';
import { loadResourceIds } from './resourceIds.js';
import type { ServerConfig } from './ServerConfig.js';

/**
 * Reads the live guild and the ids remembered for it, then plans (see `planChanges`).
 * @param deps - database and platform
 * @param input - the guild, the `server:` section, prune
 */
export async function planServer(
  deps: { db: Kysely<CoreTables>; platform: Platform },
  input: { guildId: string; config: ServerConfig; prune: boolean },
): Promise<PlanResult> {
  const [guild, stored] = await Promise.all([
    deps.platform.fetchGuild(input.guildId),
    loadResourceIds(deps.db, input.guildId),
  ]);
  return planChanges({ config: input.config, guild, stored, prune: input.prune });
}

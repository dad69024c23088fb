import { formatPath } from '../config/ConfigError.js';
import type { LoadedModule } from '../core/Engine.js';
import { planHasChanges, planServer, ServerConfig } from '../modules/server/index.js';
import type { Platform } from '../platform/Platform.js';
import type { ConfigPlan } from '../server/dashboard/config/ConfigApi.js';
import { planChangesOf } from '../server/dashboard/config/planChangesOf.js';
import type { Store } from '../store/Store.js';

/**
 * The config page's plan: what `guildhall plan` (without `--prune`) says of the `server:`
 * section against the live guild, made on each call.
 * @param deps - store, platform, guild, the loaded modules (the `server` section)
 */
export function dashboardBlueprintPlan(deps: {
  store: Store;
  platform: Platform;
  guildId: string;
  modules: readonly LoadedModule[];
}): () => Promise<ConfigPlan> {
  const server = ServerConfig.parse(deps.modules.find((m) => m.definition.id === 'server')?.config);
  return async () => {
    if (!server.enabled) return { enabled: false, changes: [], upToDate: true, problems: [], error: null };
    const { plan, problems } = await planServer(
      { db: deps.store.db, platform: deps.platform },
      { guildId: deps.guildId, config: server, prune: false },
    );
    return {
      enabled: true,
      changes: planChangesOf([
        ...plan.roles,
        ...plan.categories,
        ...plan.channels,
        ...plan.overwrites,
        ...plan.positions,
      ]),
      upToDate: !planHasChanges(plan),
      problems: problems.map((p) => `${formatPath(p.path)}: ${p.message}`),
      error: null,
    };
  };
}

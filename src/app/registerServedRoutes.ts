import type { FastifyInstance } from 'fastify';
import type { CommunityConfig } from '../config/CommunityConfig.js';
import type { Clock } from '../core/Clock.js';
import type { Engine, LoadedModule } from '../core/Engine.js';
import { recognitionConfigOf } from '../modules/recognition/index.js';
import type { Platform } from '../platform/Platform.js';
import { registerDashboardRoutes } from '../server/dashboard/registerDashboardRoutes.js';
import { registerPrivacyRoutes } from '../server/privacyRoutes.js';
import { registerModuleRoutes } from '../server/registerModuleRoutes.js';
import { registerModuleWebhooks } from '../server/registerModuleWebhooks.js';
import type { Store } from '../store/Store.js';
import { registerStaffPageRoutes } from './registerStaffPageRoutes.js';

export interface ServedRoutesOptions {
  /** Where community.yaml comes from (the config page shows and plans it). */
  options: { configText?: string; configPath?: string };
  store: Store;
  platform: Platform;
  guildId: string;
  clock: Clock;
  engine: Engine;
  modules: readonly LoadedModule[];
  community: CommunityConfig;
}

/**
 * The dashboard's and the HTTP API's routes (roles `all` and `api`): dashboard, staff pages,
 * privacy, each enabled module's API and incoming webhooks.
 * @param http - the server, before `listen`
 * @param served - what the routes read and act through
 */
export async function registerServedRoutes(http: FastifyInstance, served: ServedRoutesOptions): Promise<void> {
  const { options, store, community, platform, guildId, clock, engine: running, modules } = served;
  registerDashboardRoutes(http, {
    store,
    community,
    platformKind: platform.kind,
    guildId,
    now: () => clock.now(),
    fetchGuild: (id) => platform.fetchGuild(id),
    // Names of members who joined before Guildhall recorded anything.
    fetchMember: (id, userId) => platform.fetchMember(id, userId),
    // Seasons and categories cut the dashboard's boards as they cut recognition's own.
    recognition: recognitionConfigOf(modules),
  });
  // Members, audit and config pages (the blueprint planner and moderation roles wired here).
  registerStaffPageRoutes(http, {
    source: options,
    store,
    platform,
    guildId,
    now: () => clock.now(),
    audit: running.audit,
    modules,
  });
  registerPrivacyRoutes(http, { audit: running.audit, memberData: running.memberData, guildId });
  // Each enabled module's own API (`routes` of its definition) at /api/<module id>/….
  await registerModuleRoutes(http, { engine: running, guildId });
  // Each enabled module's incoming webhooks at POST /webhooks/<name> (the module checks the sender).
  await registerModuleWebhooks(http, { engine: running, guildId });
}

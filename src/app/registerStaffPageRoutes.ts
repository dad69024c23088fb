import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { parse } from 'yaml';
import type { AuditLog } from '../core/AuditLog.js';
import type { LoadedModule } from '../core/Engine.js';
import type { ModerationConfig } from '../modules/moderation/index.js';
import { moduleList } from '../modules/moduleList.js';
import type { Platform } from '../platform/Platform.js';
import { registerAuditRoutes } from '../server/dashboard/audit/registerAuditRoutes.js';
import { registerConfigRoutes } from '../server/dashboard/config/registerConfigRoutes.js';
import { registerMemberRoutes } from '../server/dashboard/members/registerMemberRoutes.js';
import { dashboardStaffRoles } from '../server/dashboard/members/staffRoles.js';
import type { Store } from '../store/Store.js';
import { dashboardBlueprintPlan } from './dashboardBlueprintPlan.js';

/**
 * Registers the staff pages' API: members (`/api/members`), audit (`/api/v2/audit`) and config
 * (`/api/config`), wiring what `src/server` may not import (the blueprint planner, the
 * moderation roles).
 * @param http - the Fastify server
 * @param deps - config source, store, platform, guild, clock, audit log, loaded modules
 */
export function registerStaffPageRoutes(
  http: FastifyInstance,
  deps: {
    source: { configText?: string; configPath?: string };
    store: Store;
    platform: Platform;
    guildId: string;
    now: () => number;
    audit: AuditLog;
    modules: readonly LoadedModule[];
  },
): void {
  const { store, platform, guildId, now } = deps;
  const path = deps.source.configPath ?? 'community.yaml';
  // The text the process started with (already validated by loadModules).
  const text = deps.source.configText ?? readFileSync(path, 'utf8');
  const moderation = deps.modules.find((m) => m.definition.id === 'moderation')?.config as ModerationConfig | undefined;
  const staffRoles = [
    ...dashboardStaffRoles(parse(text) as unknown),
    ...(moderation?.moderatorRoles ?? []),
    ...(moderation?.adminRoles ?? []),
  ];
  registerMemberRoutes(http, {
    store,
    guildId,
    platformKind: platform.kind,
    now,
    listMembers: (id) => platform.fetchAllMembers(id),
    fetchGuild: (id) => platform.fetchGuild(id),
    staffRoles,
  });
  registerAuditRoutes(http, {
    store,
    audit: deps.audit,
    guildId,
    now,
    fetchMember: (id, userId) => platform.fetchMember(id, userId),
  });
  registerConfigRoutes(http, {
    path,
    text,
    modules: moduleList,
    guildId,
    fetchGuild: (id) => platform.fetchGuild(id),
    plan: dashboardBlueprintPlan({ store, platform, guildId, modules: deps.modules }),
  });
}

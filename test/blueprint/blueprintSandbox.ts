import { parse } from 'yaml';
import { ManualClock } from '../../src/core/Clock.js';
import {
  applyPlan,
  type ApplyResult,
  blueprintYaml,
  exportBlueprint,
  formatPlan,
  planServer,
  type PlanResult,
  ServerConfig,
} from '../../src/modules/server/index.js';
import { serverMigrations } from '../../src/modules/server/serverMigrations.js';
import type { GuildSnapshot, Platform } from '../../src/platform/Platform.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { sandboxMigrationSet } from '../../src/platform/sandbox/sandboxMigrations.js';
import { seedSandboxCommunity } from '../../src/platform/sandbox/seedSandboxCommunity.js';
import { openTestStore, type TestStore } from '../testStore.js';

/** The seeded sandbox guild, with plan / apply / export of blueprints against it. */
export interface BlueprintSandbox {
  store: TestStore;
  clock: ManualClock;
  sandbox: SandboxPlatform;
  guildId: string;
  /** The live guild now. */
  guild(): Promise<GuildSnapshot>;
  /** Plans a `server:` section (YAML text of the section's content, or parsed). */
  plan(server: string | ServerConfig, options?: { prune?: boolean; platform?: Platform }): Promise<PlanResult>;
  /** Plans and applies; throws when the plan has problems. */
  apply(server: string | ServerConfig, options?: { prune?: boolean; platform?: Platform }): Promise<ApplyResult>;
  /** Exports the live guild as YAML text of a document with a `server:` key. */
  exportYaml(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Parses the content of a `server:` section.
 * @param text - YAML of the section's content (roles:, categories:, channels:)
 */
export function serverConfig(text: string): ServerConfig {
  return ServerConfig.parse(parse(text) ?? {});
}

/**
 * Parses the `server:` section of a whole YAML document (as export writes it).
 * @param text - YAML with a top-level `server:` key
 */
export function serverSection(text: string): ServerConfig {
  const doc = parse(text) as { server?: unknown };
  return ServerConfig.parse(doc.server);
}

/**
 * Opens a migrated test database (SQLite or PostgreSQL per GUILDHALL_TEST_DB) with the
 * sandbox guild seeded as `guildhall start` seeds it, then (as an owner may leave a server)
 * Admin moved above the bot's role, so the hierarchy checks have a role out of the bot's reach.
 */
export async function openBlueprintSandbox(): Promise<BlueprintSandbox> {
  const store = await openTestStore([sandboxMigrationSet, { owner: 'server', migrations: serverMigrations }]);
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  const sandbox = new SandboxPlatform({ store, clock });
  const seeded = await seedSandboxCommunity(sandbox, { name: 'Blueprint Test' });
  const admin = seeded.roles.find((r) => r.name === 'Admin');
  const top = Math.max(...seeded.roles.map((r) => r.position));
  if (admin !== undefined) await sandbox.setRolePositionsAsOwner([{ id: admin.id, position: top }]);
  const guildId = seeded.id;
  const config = (server: string | ServerConfig): ServerConfig =>
    typeof server === 'string' ? serverConfig(server) : server;
  const plan: BlueprintSandbox['plan'] = (server, options = {}) =>
    planServer(
      { db: store.db, platform: options.platform ?? sandbox },
      { guildId, config: config(server), prune: options.prune === true },
    );
  return {
    store,
    clock,
    sandbox,
    guildId,
    guild: () => sandbox.fetchGuild(guildId),
    plan,
    async apply(server, options = {}) {
      const result = await plan(server, options);
      if (result.problems.length > 0) {
        throw new Error(
          `plan has problems:\n${result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n')}`,
        );
      }
      return applyPlan(result, { db: store.db, platform: options.platform ?? sandbox, clock });
    },
    async exportYaml() {
      return blueprintYaml(exportBlueprint(await sandbox.fetchGuild(guildId)));
    },
    close: () => store.destroy(),
  };
}

/** The plan's text, for assertions and failure messages. */
export function planText(result: PlanResult): string {
  return formatPlan(result.plan);
}

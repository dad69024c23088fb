import { loadModules } from '../src/app/loadModules.js';
import { migrateAll } from '../src/app/openAndMigrate.js';
import { starterConfig } from '../src/config/starterConfig.js';
import { ManualClock } from '../src/core/Clock.js';
import { Engine } from '../src/core/Engine.js';
import { silentLogger } from '../src/core/Logger.js';
import { Metrics } from '../src/metrics/Metrics.js';
import type { ChannelSnapshot, GuildSnapshot, RoleSnapshot } from '../src/platform/Platform.js';
import { SandboxPlatform } from '../src/platform/sandbox/SandboxPlatform.js';
import { seedSandboxCommunity } from '../src/platform/sandbox/seedSandboxCommunity.js';
import { openTestStore, type TestStore } from './testStore.js';

/** A seeded sandbox guild wired to a real engine with the configured modules. */
export interface SandboxCommunity {
  store: TestStore;
  clock: ManualClock;
  sandbox: SandboxPlatform;
  engine: Engine;
  metrics: Metrics;
  guild: GuildSnapshot;
  channel(name: string): ChannelSnapshot;
  role(name: string): RoleSnapshot;
  /** Acting as members delivers events to the engine; this waits for every module. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a migrated test database (SQLite or PostgreSQL), seeds the sandbox community and
 * starts an engine on it with the modules configured by `configText` (default: the starter).
 * @param configText - community.yaml text
 */
export async function openSandboxCommunity(configText: string = starterConfig()): Promise<SandboxCommunity> {
  const store = await openTestStore();
  await migrateAll(store);
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));
  const sandbox = new SandboxPlatform({ store, clock });
  const { community, modules } = loadModules({ configText });
  const guild = await seedSandboxCommunity(sandbox, { name: community.community.name });
  const metrics = new Metrics();
  const engine = new Engine({
    store,
    platform: sandbox,
    clock,
    log: silentLogger(),
    metrics,
    community,
    modules,
    scheduler: { schedule: () => Promise.resolve(true) },
  });
  await sandbox.start(async (event) => {
    await engine.ingest(event);
  });
  await sandbox.registerCommands(guild.id, engine.commandDefinitions());
  const find = <T extends { name: string }>(list: T[], name: string, what: string): T => {
    const found = list.find((x) => x.name === name);
    if (found === undefined) throw new Error(`seeded guild has no ${what} ${name}`);
    return found;
  };
  return {
    store,
    clock,
    sandbox,
    engine,
    metrics,
    guild,
    channel: (name) => find(guild.channels, name, 'channel'),
    role: (name) => find(guild.roles, name, 'role'),
    settle: () => engine.settle(),
    close: async () => {
      await sandbox.stop();
      await engine.settle();
      await store.destroy();
    },
  };
}

import { ManualTimers } from '../src/core/Timers.js';
import { loadModules } from '../src/app/loadModules.js';
import { allMigrationSets } from '../src/app/openAndMigrate.js';
import type { CommunityConfig } from '../src/config/CommunityConfig.js';
import { starterConfig } from '../src/config/starterConfig.js';
import { ManualClock } from '../src/core/Clock.js';
import { Engine, type JobScheduling, type LoadedModule } from '../src/core/Engine.js';
import { silentLogger, type Logger } from '../src/core/Logger.js';
import { corePrivacyOwners } from '../src/core/privacy/corePrivacyOwners.js';
import { Metrics } from '../src/metrics/Metrics.js';
import type { ChannelSnapshot, GuildSnapshot, RoleSnapshot } from '../src/platform/Platform.js';
import { SandboxPlatform } from '../src/platform/sandbox/SandboxPlatform.js';
import { seedSandboxCommunity } from '../src/platform/sandbox/seedSandboxCommunity.js';
import { Scheduler } from '../src/scheduler/Scheduler.js';
import type { Store } from '../src/store/Store.js';
import { openTestStore } from './testStore.js';

/** How to build a test engine; everything has a default. */
export interface TestEngineOptions {
  /** community.yaml text (default: the starter configuration). */
  configText?: string;
  /** Only these modules (by id), in module-list order; default: every module. */
  moduleIds?: readonly string[];
  /** Modules and config given directly (engine tests with made-up modules); overrides configText. */
  loaded?: { community: CommunityConfig; modules: LoadedModule[] };
  /** An open, migrated store to use (kept open on close); default: a fresh test database. */
  store?: Store;
  /** Default: a manual clock at 2026-03-01 12:00 UTC. */
  clock?: ManualClock;
  log?: Logger;
  /** A real durable scheduler run by hand with `runDueJobs` (default), or none (jobs dropped). */
  scheduler?: 'real' | 'none';
  /**
   * The sandbox guild: the seeded community (default: channels, roles, a few members), or an
   * empty guild with only its owner (a blueprint test applies its own layout).
   */
  guild?: 'seeded' | { empty: string; ownerUsername: string };
  /**
   * The core's owners of member data (event log, jobs, sandbox) take part in export and erase
   * (default), or only the modules do (a test of one module's own privacy hooks).
   */
  privacyOwners?: 'core' | 'modules-only';
  /** Run `recover` and the modules' start hooks, as `guildhall start` does (default false). */
  start?: boolean;
}

/** A sandbox community on a real engine: what every community test and bench/ingest use. */
export interface TestEngine {
  store: Store;
  clock: ManualClock;
  sandbox: SandboxPlatform;
  engine: Engine;
  /** Null with `scheduler: 'none'`. */
  scheduler: Scheduler | null;
  metrics: Metrics;
  community: CommunityConfig;
  guild: GuildSnapshot;
  channel: (name: string) => ChannelSnapshot;
  role: (name: string) => RoleSnapshot;
  /** Runs `recover` and the modules' start hooks for the seeded guild. */
  start: () => Promise<void>;
  /** Waits for every module to handle every queued event (including emitted ones). */
  settle: () => Promise<void>;
  /** Runs every job due now (and what they schedule for now), settling in between; returns how many ran. */
  runDueJobs: () => Promise<number>;
  /** Stops the platform, the engine and the scheduler; destroys the store when the harness opened it. */
  close: () => Promise<void>;
}

const START = Date.UTC(2026, 2, 1, 12);

/**
 * Builds the seeded sandbox community on a real engine with the configured modules, on the
 * test database (SQLite or PostgreSQL per GUILDHALL_TEST_DB).
 * @param options - config, modules, store, clock, scheduler, seeding
 */
export async function createTestEngine(options: TestEngineOptions = {}): Promise<TestEngine> {
  const ownsStore = options.store === undefined;
  const store = options.store ?? (await openTestStore(allMigrationSets()));
  const clock = options.clock ?? new ManualClock(START);
  const log = options.log ?? silentLogger();
  const metrics = new Metrics();
  const sandbox = new SandboxPlatform({ store, clock });
  const loaded = options.loaded ?? loadModules({ configText: options.configText ?? starterConfig() });
  const modules =
    options.moduleIds === undefined
      ? loaded.modules
      : loaded.modules.filter((m) => options.moduleIds?.includes(m.definition.id));
  const holder: { engine?: Engine } = {};
  const scheduler =
    options.scheduler === 'none'
      ? null
      : new Scheduler({
          store,
          clock,
          log,
          metrics,
          run: (job) => {
            if (holder.engine === undefined) throw new Error('engine not built yet');
            return holder.engine.runJob(job);
          },
        });
  const scheduling: JobScheduling = scheduler ?? { schedule: () => Promise.resolve(true) };
  const built = new Engine({
    store,
    platform: sandbox,
    clock,
    log,
    metrics,
    community: loaded.community,
    modules,
    scheduler: scheduling,
    privacyOwners: options.privacyOwners === 'modules-only' ? [] : corePrivacyOwners(store, { now: () => clock.now() }),
    // No deferral on a slow test machine: answers stay as the module gave them (the 2 s
    // deferral has its own tests, src/core/InteractionRouter.test.ts).
    interactions: { timers: new ManualTimers() },
  });
  holder.engine = built;
  const guild =
    options.guild === undefined || options.guild === 'seeded'
      ? await seedSandboxCommunity(sandbox, { name: loaded.community.community.name })
      : await sandbox.fetchGuild(
          (await sandbox.ensureGuild(options.guild.empty, { ownerUsername: options.guild.ownerUsername })).id,
        );
  const start = async (): Promise<void> => {
    await built.recover([guild.id]);
    await built.startModules(guild.id);
    await built.settle();
  };
  if (options.start === true) await built.recover([guild.id]);
  await sandbox.start(async (event) => {
    await built.ingest(event);
  });
  await sandbox.registerCommands(guild.id, built.commandDefinitions());
  if (options.start === true) {
    await built.startModules(guild.id);
    await built.settle();
  }
  const find = <T extends { name: string }>(list: readonly T[], name: string, what: string): T => {
    const found = list.find((x) => x.name === name);
    if (found === undefined) throw new Error(`seeded guild has no ${what} ${name}`);
    return found;
  };
  return {
    store,
    clock,
    sandbox,
    engine: built,
    scheduler,
    metrics,
    community: loaded.community,
    guild,
    channel: (name) => find(guild.channels, name, 'channel'),
    role: (name) => find(guild.roles, name, 'role'),
    start,
    settle: () => built.settle(),
    runDueJobs: async () => {
      if (scheduler === null) return 0;
      let total = 0;
      for (;;) {
        await built.settle();
        const ran = await scheduler.runDue();
        await built.settle();
        total += ran;
        if (ran === 0) return total;
      }
    },
    close: async () => {
      await sandbox.stop();
      await built.settle();
      await scheduler?.stop();
      if (ownsStore) await store.destroy();
    },
  };
}

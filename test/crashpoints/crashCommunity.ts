import { ManualTimers } from '../../src/core/Timers.js';
import { loadModules } from '../../src/app/loadModules.js';
import { allMigrationSets } from '../../src/app/openAndMigrate.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { ManualClock } from '../../src/core/Clock.js';
import { Engine } from '../../src/core/Engine.js';
import { MemberDirectory } from '../../src/core/members/MemberDirectory.js';
import { syncMemberDirectory } from '../../src/core/members/syncMemberDirectory.js';
import { corePrivacyOwners } from '../../src/core/privacy/corePrivacyOwners.js';
import { silentLogger } from '../../src/core/Logger.js';
import { Metrics } from '../../src/metrics/Metrics.js';
import type { GuildSnapshot } from '../../src/platform/Platform.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { seedSandboxCommunity } from '../../src/platform/sandbox/seedSandboxCommunity.js';
import { Scheduler } from '../../src/scheduler/Scheduler.js';
import type { Store } from '../../src/store/Store.js';
import { openTestStore, type TestStore } from '../testStore.js';
import { crashingPlatform } from './crashingPlatform.js';
import { crashPlugin } from './crashPlugin.js';
import { CrashSwitch } from './CrashSwitch.js';

const START = Date.UTC(2026, 5, 1, 12);

/** One simulated Guildhall process: its engine and scheduler, and the switch that kills it. */
interface SimulatedProcess {
  crash: CrashSwitch;
  engine: Engine;
  scheduler: Scheduler;
  /** The member directory's sync from the platform's member list, as `start` runs it. */
  syncDirectory: () => Promise<void>;
}

/**
 * A sandbox community (the Discord side: it outlives every process) served by a simulated
 * Guildhall process that can be killed at its n-th await point and started again on the same
 * database, as `guildhall start` after kill -9.
 */
export class CrashCommunity {
  #process!: SimulatedProcess;
  /** How many times the process was started after a crash. */
  restarts = 0;
  /** Where the last process died. */
  lastCrash = '';

  private constructor(
    readonly store: TestStore,
    readonly sandbox: SandboxPlatform,
    readonly guild: GuildSnapshot,
    private readonly loaded: ReturnType<typeof loadModules>,
    readonly clock: ManualClock,
  ) {}

  /**
   * Seeds a fresh community and starts its first process, armed to crash at `crashAt`.
   * @param crashAt - the await point to die at (1-based; null for a clean run)
   */
  static async open(crashAt: number | null): Promise<CrashCommunity> {
    const store = await openTestStore(allMigrationSets());
    const loaded = loadModules({ configText: starterConfig() });
    const clock = new ManualClock(START);
    const sandbox = new SandboxPlatform({ store, clock });
    const guild = await seedSandboxCommunity(sandbox, { name: loaded.community.community.name });
    const community = new CrashCommunity(store, sandbox, guild, loaded, clock);
    await sandbox.start(async (event) => {
      await community.#process.engine.ingest(event);
    });
    community.#process = community.#boot(crashAt);
    await sandbox.registerCommands(guild.id, community.#process.engine.commandDefinitions());
    await community.#start();
    return community;
  }

  /** The live process's crash switch. */
  get crash(): CrashSwitch {
    return this.#process.crash;
  }

  /** Await points the process has passed (the clean run's count sets the points to try). */
  get points(): number {
    return this.#process.crash.count;
  }

  /**
   * Runs one input as a client would: when the process died before accepting it, starts a
   * new process and sends it again. Then lets the process handle everything, and restarts
   * it when it died meanwhile.
   * @param input - the input (a sandbox call)
   */
  async send<T>(input: () => Promise<T>): Promise<T> {
    for (;;) {
      let sent: { value: T } | null = null;
      try {
        sent = { value: await input() };
      } catch (error) {
        if (!this.crash.dead) throw error;
      }
      await this.#settle();
      if (sent !== null) return sent.value;
    }
  }

  /** Advances the clock and runs the jobs due, restarting a process that died meanwhile. */
  async runJobsAfter(ms: number): Promise<void> {
    this.clock.advance(ms);
    for (;;) {
      await this.#settle();
      const restarts = this.restarts;
      let ran = 0;
      try {
        ran = await this.#process.scheduler.runDue();
      } catch (error) {
        if (!this.crash.dead) throw error;
      }
      await this.#settle();
      // Done when a whole pass ran nothing and nobody died (a new process runs them again).
      if (ran === 0 && this.restarts === restarts) return;
    }
  }

  /** A seeded member's id. */
  async user(username: string): Promise<string> {
    const member = (await this.sandbox.listMembers()).find((m) => m.username === username);
    if (member === undefined) throw new Error(`no member ${username}`);
    return member.userId;
  }

  /** A seeded channel's id. */
  channel(name: string): string {
    const channel = this.guild.channels.find((c) => c.name === name);
    if (channel === undefined) throw new Error(`no channel ${name}`);
    return channel.id;
  }

  async close(): Promise<void> {
    await this.sandbox.stop();
    await this.#process.engine.settle().catch(() => undefined);
    await this.store.destroy();
  }

  /** Lets the process finish; when it died, starts the next one (which recovers). */
  async #settle(): Promise<void> {
    await this.#process.engine.settle();
    while (this.crash.dead) {
      this.restarts += 1;
      this.lastCrash = this.crash.where;
      // The dead worker's job leases lapse (the scheduler's heartbeat tests cover the timing).
      await this.store.db
        .updateTable('jobs')
        .set({ status: 'pending', locked_by: null, locked_until: null })
        .where('status', '=', 'running')
        .execute();
      this.#process = this.#boot(null);
      await this.#start();
    }
  }

  /**
   * What `guildhall start` does: recover, start the modules, carry out the outbox, then sync
   * the member directory from the platform's member list (which is what sets right a role
   * change whose `member.updated` died with the process).
   */
  async #start(): Promise<void> {
    try {
      await this.#process.engine.recover([this.guild.id]);
      await this.#process.engine.startModules(this.guild.id);
      await this.#process.engine.settle();
      await this.#process.syncDirectory();
    } catch (error) {
      if (!this.crash.dead) throw error;
    }
  }

  #boot(crashAt: number | null): SimulatedProcess {
    const crash = new CrashSwitch(crashAt);
    const store: Store = { ...this.store, db: this.store.db.withPlugin(crashPlugin(crash)) };
    const platform = crashingPlatform(this.sandbox, crash);
    const log = silentLogger();
    const metrics = new Metrics();
    const holder: { engine?: Engine } = {};
    const scheduler = new Scheduler({
      store,
      clock: this.clock,
      log,
      metrics,
      run: (job) => {
        if (holder.engine === undefined) throw new Error('engine not built yet');
        return holder.engine.runJob(job);
      },
    });
    const engine = new Engine({
      store,
      platform,
      clock: this.clock,
      log,
      metrics,
      community: this.loaded.community,
      modules: this.loaded.modules,
      scheduler,
      privacyOwners: corePrivacyOwners(store, { now: () => this.clock.now() }),
      // Real time must not decide the end state: no 2 s deferral (tested on its own).
      interactions: { timers: new ManualTimers() },
    });
    holder.engine = engine;
    const directory = new MemberDirectory(store.db, this.clock);
    const syncDirectory = async (): Promise<void> => {
      await syncMemberDirectory({ directory, platform, clock: this.clock, log }, this.guild.id);
    };
    return { crash, engine, scheduler, syncDirectory };
  }
}

import type { CrashWorkspace } from './crashWorkspace.js';
import { GuildhallProcess, type Downtime } from './guildhallProcess.js';
import type { SeededRandom } from './seededRandom.js';

/** What the run drives: one `guildhall start`, or a split deployment. */
export interface CrashTarget {
  /** Where the sandbox API (the load) is served. */
  readonly baseUrl: string;
  /** Times the service was down (a split deployment never is: a kill is recorded as an instant). */
  readonly downtimes: Downtime[];
  readonly unexpectedExits: string[];
  readonly startDurationsMs: number[];
  /** Starts whatever is not running, and waits until it answers /healthz. */
  start(): Promise<void>;
  /** kill -9 of the process under test (one worker of a split deployment). */
  crash(): Promise<void>;
  /** SIGTERM to everything; `killed` when something had to be killed after the deadline. */
  stop(): Promise<'clean' | 'killed'>;
  /** kill -9 of everything still running (clean-up). */
  kill(): Promise<void>;
}

/** One process doing everything (`--role all`), killed and restarted. */
export class SingleProcess implements CrashTarget {
  private constructor(private readonly process: GuildhallProcess) {}

  static async create(workspace: CrashWorkspace): Promise<SingleProcess> {
    return new SingleProcess(await GuildhallProcess.create(workspace));
  }

  get baseUrl(): string {
    return this.process.baseUrl;
  }
  get downtimes(): Downtime[] {
    return this.process.downtimes;
  }
  get unexpectedExits(): string[] {
    return this.process.unexpectedExits;
  }
  get startDurationsMs(): number[] {
    return this.process.startDurationsMs;
  }
  start(): Promise<void> {
    return this.process.start();
  }
  crash(): Promise<void> {
    return this.process.kill();
  }
  stop(): Promise<'clean' | 'killed'> {
    return this.process.stop();
  }
  kill(): Promise<void> {
    return this.process.kill();
  }
}

/**
 * A split deployment on PostgreSQL (`--split`): a gateway (the sandbox's inputs are recorded
 * there), two workers and an api process, each a real `guildhall start --role …`. A crash
 * kills one of the workers, chosen at random, while the load goes on; the other worker takes
 * its guilds over, and the killed one is started again.
 */
export class SplitDeployment implements CrashTarget {
  readonly downtimes: Downtime[] = [];
  readonly startDurationsMs: number[] = [];

  private constructor(
    private readonly gateway: GuildhallProcess,
    private readonly workers: GuildhallProcess[],
    private readonly api: GuildhallProcess,
    private readonly random: SeededRandom,
  ) {}

  static async create(workspace: CrashWorkspace, random: SeededRandom): Promise<SplitDeployment> {
    return new SplitDeployment(
      await GuildhallProcess.create(workspace, 'gateway'),
      [await GuildhallProcess.create(workspace, 'worker'), await GuildhallProcess.create(workspace, 'worker')],
      await GuildhallProcess.create(workspace, 'api'),
      random,
    );
  }

  get baseUrl(): string {
    return this.gateway.baseUrl;
  }

  get unexpectedExits(): string[] {
    return this.#all().flatMap((p) => p.unexpectedExits.map((exit) => `${p.role}: ${exit}`));
  }

  async start(): Promise<void> {
    // The gateway first: it seeds the sandbox community the others read.
    for (const process of this.#all()) {
      if (process.alive) continue;
      const started = Date.now();
      await process.start();
      this.startDurationsMs.push(Date.now() - started);
    }
  }

  async crash(): Promise<void> {
    const alive = this.workers.filter((w) => w.alive);
    const victim = alive[this.random.int(0, alive.length - 1)];
    if (victim === undefined) return;
    const killedAt = Date.now();
    await victim.kill();
    // The other worker serves meanwhile: an instant, which marks the kill for the coverage.
    this.downtimes.push({ killedAt, upAt: killedAt });
  }

  async stop(): Promise<'clean' | 'killed'> {
    let outcome: 'clean' | 'killed' = 'clean';
    for (const process of [this.api, ...this.workers, this.gateway]) {
      if ((await process.stop()) === 'killed') outcome = 'killed';
    }
    return outcome;
  }

  async kill(): Promise<void> {
    for (const process of this.#all()) await process.kill();
  }

  #all(): GuildhallProcess[] {
    return [this.gateway, ...this.workers, this.api];
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import type { ProcessRole } from '../../src/app/processRole.js';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { BUILT_CLI, type CrashWorkspace } from './crashWorkspace.js';

/** A time the process was not serving: from the kill until the next start answered /healthz. */
export interface Downtime {
  killedAt: number;
  upAt: number;
}

/** How long a start may take before the harness gives up (slow CI machines, recovery). */
const START_DEADLINE_MS = 180_000;
/** How long a graceful stop may take. */
const STOP_DEADLINE_MS = 60_000;

/**
 * One `guildhall start` process at a time, started, killed with SIGKILL and restarted on
 * the same port, database and config; stdout and stderr appended to the workspace's log.
 */
export class GuildhallProcess {
  readonly downtimes: Downtime[] = [];
  /** Exits the harness did not cause (a crash of its own, a failed start). */
  readonly unexpectedExits: string[] = [];
  readonly startDurationsMs: number[] = [];
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  #stopping = false;
  #alive = false;

  private constructor(
    private readonly workspace: CrashWorkspace,
    readonly port: number,
    readonly role: ProcessRole,
  ) {}

  /**
   * A process manager on a free port (the process is not started yet).
   * @param workspace - config, database and log
   * @param role - its `--role` (default `all`)
   */
  static async create(workspace: CrashWorkspace, role: ProcessRole = 'all'): Promise<GuildhallProcess> {
    return new GuildhallProcess(workspace, await freePort(), role);
  }

  /** True while the started process runs. */
  get alive(): boolean {
    return this.#alive;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process and waits until /healthz answers; records the downtime that ends. */
  async start(): Promise<void> {
    const started = Date.now();
    const log = openSync(this.workspace.logPath, 'a');
    writeSync(log, `\n=== harness: start ${this.role} at ${new Date(started).toISOString()} ===\n`);
    const child = spawn(
      process.execPath,
      [
        BUILT_CLI,
        'start',
        '--config',
        this.workspace.configPath,
        '--port',
        String(this.port),
        '--host',
        '127.0.0.1',
        '--role',
        this.role,
      ],
      {
        cwd: this.workspace.dir,
        env: { ...process.env, ...this.workspace.database.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
        stdio: ['ignore', log, log],
      },
    );
    closeSync(log);
    this.#child = child;
    this.#stopping = false;
    this.#alive = true;
    this.#exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.#alive = false;
        if (!this.#stopping) {
          this.unexpectedExits.push(`pid ${child.pid ?? '?'} exited by itself (${signal ?? String(code)})`);
          this.downtimes.push({ killedAt: Date.now(), upAt: 0 });
        }
        resolve();
      });
    });
    await this.#waitHealthy(child);
    const upAt = Date.now();
    this.startDurationsMs.push(upAt - started);
    const last = this.downtimes.at(-1);
    if (last !== undefined && last.upAt === 0) last.upAt = upAt;
  }

  /** kill -9, then waits for the exit. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (child?.pid === undefined || !this.#alive) return;
    this.#stopping = true;
    this.downtimes.push({ killedAt: Date.now(), upAt: 0 });
    process.kill(child.pid, 'SIGKILL');
    await this.#exited;
    this.#child = undefined;
  }

  /** SIGTERM and a wait for a clean exit (SIGKILL after a generous deadline). */
  async stop(): Promise<'clean' | 'killed'> {
    const child = this.#child;
    if (child?.pid === undefined) return 'clean';
    this.#stopping = true;
    process.kill(child.pid, 'SIGTERM');
    const outcome = await Promise.race([
      this.#exited.then(() => 'clean' as const),
      sleep(STOP_DEADLINE_MS, undefined, { ref: false }).then(() => 'late' as const),
    ]);
    if (outcome === 'late') {
      process.kill(child.pid, 'SIGKILL');
      await this.#exited;
      this.#child = undefined;
      return 'killed';
    }
    this.#child = undefined;
    return 'clean';
  }

  /** The last lines of the log (for a failed start). */
  logTail(lines = 40): string {
    try {
      return readFileSync(this.workspace.logPath, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  async #waitHealthy(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + START_DEADLINE_MS;
    let gone = false;
    void this.#exited.then(() => {
      gone = true;
    });
    while (Date.now() < deadline) {
      if (gone) throw new Error(`guildhall exited during start (pid ${child.pid ?? '?'}):\n${this.logTail()}`);
      try {
        const response = await fetch(`${this.baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    throw new Error(`guildhall did not answer /healthz within ${START_DEADLINE_MS / 1000} s:\n${this.logTail()}`);
  }
}

/** A TCP port nobody listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Milliseconds of `[from, to]` during which the process was down.
 * @param downtimes - the kills and restarts
 */
export function downtimeWithin(downtimes: readonly Downtime[], from: number, to: number): number {
  let total = 0;
  for (const d of downtimes) {
    const end = d.upAt === 0 ? to : d.upAt;
    total += Math.max(0, Math.min(to, end) - Math.max(from, d.killedAt));
  }
  return total;
}

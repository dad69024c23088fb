import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { silentLogger } from '../../src/core/Logger.js';
import { Metrics } from '../../src/metrics/Metrics.js';
import { Scheduler } from '../../src/scheduler/Scheduler.js';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';

const JOBS = 300;
const workerScript = fileURLToPath(new URL('./worker.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

interface Worker {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

function spawnWorker(store: TestStore, id: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GUILDHALL_WORKER_URL: store.url,
      GUILDHALL_WORKER_SCHEMA: store.schema ?? '',
      GUILDHALL_WORKER_ID: id,
      GUILDHALL_WORKER_EXPECT: String(JOBS),
      GUILDHALL_WORKER_DEADLINE_MS: '45000',
    },
  });
  const worker: Worker = {
    child,
    stdout: '',
    stderr: '',
    ready: new Promise((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        worker.stdout += chunk.toString();
        if (worker.stdout.includes('ready\n')) resolve();
      });
      child.once('exit', (code) =>
        reject(new Error(`worker ${id} exited (${String(code)}) before it was ready: ${worker.stderr}`)),
      );
    }),
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  child.stderr?.on('data', (chunk: Buffer) => {
    worker.stderr += chunk.toString();
  });
  return worker;
}

describe.runIf(testDialect === 'postgres')(
  'scheduler across processes (PostgreSQL only: on SQLite one process runs the jobs)',
  () => {
    let store: TestStore | undefined;
    const workers: Worker[] = [];
    afterAll(async () => {
      for (const { child } of workers) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      await Promise.all(workers.map((w) => w.exited));
      await store?.destroy();
    });

    it('two real processes never run the same job', { timeout: 180_000 }, async () => {
      const db = await openTestStore();
      store = db;
      await sql`create table job_runs (key text not null, worker text not null)`.execute(db.db);
      const t0 = Date.now();
      workers.push(spawnWorker(db, 'w1'), spawnWorker(db, 'w2'));
      await Promise.all(workers.map((w) => w.ready));
      const tReady = Date.now();

      // One transaction, so both workers see all the jobs at once.
      await db.db.transaction().execute(async (trx) => {
        const scheduler = new Scheduler({
          store: { ...db, db: trx },
          clock: new ManualClock(Date.now()),
          log: silentLogger(),
          metrics: new Metrics(),
          run: () => Promise.resolve(),
        });
        for (let i = 0; i < JOBS; i++)
          await scheduler.schedule('load', { name: 'touch', key: `job:${i}`, runAt: Date.now(), payload: { i } });
      });
      const tScheduled = Date.now();

      const codes = await Promise.all(workers.map((w) => w.exited));
      const tDone = Date.now();
      expect(codes, workers.map((w) => w.stderr).join('\n')).toEqual([0, 0]);

      const runs = await db.db
        .withTables<{ job_runs: { key: string; worker: string } }>()
        .selectFrom('job_runs')
        .selectAll()
        .execute();
      const perKey = new Map<string, number>();
      for (const run of runs) perKey.set(run.key, (perKey.get(run.key) ?? 0) + 1);
      expect(perKey.size).toBe(JOBS);
      expect([...perKey.values()].filter((n) => n !== 1)).toEqual([]);
      const perWorker = {
        w1: runs.filter((r) => r.worker === 'w1').length,
        w2: runs.filter((r) => r.worker === 'w2').length,
      };
      expect(perWorker.w1).toBeGreaterThan(0);
      expect(perWorker.w2).toBeGreaterThan(0);
      expect(workers.map((w) => w.stderr).join('')).not.toMatch(/lease lost/);
      const rows = await db.db.selectFrom('jobs').select(['status', 'attempts']).execute();
      expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);

      console.info(
        `two-process scheduler: spawn→ready ${tReady - t0} ms, schedule ${JOBS} jobs ${tScheduled - tReady} ms, ` +
          `scheduled→both exited ${tDone - tScheduled} ms; runs per worker ${JSON.stringify(perWorker)}`,
      );
    });
  },
);

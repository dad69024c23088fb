/**
 * A scheduler process for the two-process test: runs a Scheduler loop on the PostgreSQL
 * schema given in the environment; each job inserts (key, worker) into `job_runs`.
 * Prints `ready` once polling, then `{"worker","ran"}` and exits when `GUILDHALL_WORKER_EXPECT`
 * jobs are finished, or with code 2 at `GUILDHALL_WORKER_DEADLINE_MS`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { systemClock } from '../../src/core/Clock.js';
import { Metrics } from '../../src/metrics/Metrics.js';
import { Scheduler } from '../../src/scheduler/Scheduler.js';
import { openStore } from '../../src/store/Store.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const workerId = env('GUILDHALL_WORKER_ID');
const expected = Number(env('GUILDHALL_WORKER_EXPECT'));
const deadline = Date.now() + Number(process.env.GUILDHALL_WORKER_DEADLINE_MS ?? 45_000);
const store = await openStore({
  url: env('GUILDHALL_WORKER_URL'),
  schema: env('GUILDHALL_WORKER_SCHEMA'),
  poolSize: 4,
});
const db = store.db.withTables<{ job_runs: { key: string; worker: string } }>();
let ran = 0;

const scheduler = new Scheduler({
  store,
  clock: systemClock,
  // Warnings (lease lost, retries) go to stderr, which the test shows when it fails.
  log: pino({ level: 'warn', base: { worker: workerId } }, pino.destination(2)),
  metrics: new Metrics(),
  workerId,
  pollIntervalMs: 10,
  batchSize: 5,
  run: async (job) => {
    await db.insertInto('job_runs').values({ key: job.key, worker: workerId }).execute();
    ran += 1;
    await sleep(10);
  },
});
scheduler.start();
process.stdout.write('ready\n');

let code = 0;
for (;;) {
  const { done, failed } = await scheduler.stats();
  if (done + failed >= expected) break;
  if (Date.now() > deadline) {
    code = 2;
    break;
  }
  await sleep(50);
}
await scheduler.stop();
await store.destroy();
process.stdout.write(`${JSON.stringify({ worker: workerId, ran })}\n`);
process.exitCode = code;

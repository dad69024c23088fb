import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { capturingLogger, gate, recordingScheduler, waitUntil } from '../../test/scheduler/schedulerFixture.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { Scheduler } from './Scheduler.js';

const MINUTE = 60_000;

describe(`scheduler (${testDialect})`, () => {
  let store: TestStore;
  const started: Scheduler[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.stop()));
    await store.destroy();
  });

  const job = (key: string, runAt: number, extra: { maxAttempts?: number } = {}) => ({
    name: 'remind',
    key,
    runAt,
    payload: { user: key },
    ...extra,
  });
  const row = (key: string) => store.db.selectFrom('jobs').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const runCount = async (metrics: Metrics, outcome: string) =>
    (await metrics.jobsRun.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

  it('scheduling the same key twice keeps the first job only', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs } = recordingScheduler(store);
    expect(await scheduler.schedule('onboarding', job('welcome:u1', clock.now()))).toBe(true);
    expect(
      await scheduler.schedule('onboarding', { ...job('welcome:u1', clock.now()), payload: { other: true } }),
    ).toBe(false);
    expect(await scheduler.runDue()).toBe(1);
    expect(runs.map((r) => r.payload)).toEqual([{ user: 'welcome:u1' }]);
    // A key is spent for good: scheduling it after the job ran changes nothing.
    expect(await scheduler.schedule('onboarding', job('welcome:u1', clock.now()))).toBe(false);
    expect(await scheduler.runDue()).toBe(0);
  });

  it('a cancelled job never runs', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs } = recordingScheduler(store);
    await scheduler.schedule('events', job('reminder:e1', clock.now() + MINUTE));
    expect(await scheduler.cancel('reminder:e1')).toBe(true);
    expect(await scheduler.cancel('reminder:e1')).toBe(false);
    expect(await scheduler.cancel('no-such-job')).toBe(false);
    clock.advance(2 * MINUTE);
    expect(await scheduler.runDue()).toBe(0);
    expect(runs).toEqual([]);
    expect((await row('reminder:e1')).status).toBe('cancelled');
    expect(await scheduler.stats()).toEqual({ pending: 0, running: 0, failed: 0, done: 0 });
  });

  it('a job does not run before it is due', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs } = recordingScheduler(store);
    const due = clock.now() + MINUTE;
    await scheduler.schedule('events', job('reminder:e1', due));
    expect(await scheduler.runDue()).toBe(0);
    clock.advance(MINUTE - 1);
    expect(await scheduler.runDue()).toBe(0);
    expect(await scheduler.stats()).toMatchObject({ pending: 1, done: 0 });
    clock.advance(1);
    expect(await scheduler.runDue()).toBe(1);
    expect(runs).toEqual([
      {
        id: expect.any(Number) as number,
        key: 'reminder:e1',
        module: 'events',
        name: 'remind',
        payload: { user: 'reminder:e1' },
        runAt: due,
        attempt: 1,
      },
    ]);
  });

  it('a due job runs once and is done', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs, metrics } = recordingScheduler(store);
    await scheduler.schedule('recognition', job('leaderboard:w1', clock.now() - 5_000));
    await scheduler.schedule('recognition', job('leaderboard:w2', clock.now() + MINUTE));
    expect(await scheduler.runDue()).toBe(1);
    expect(await scheduler.runDue()).toBe(0);
    expect(runs.map((r) => r.key)).toEqual(['leaderboard:w1']);
    expect(await row('leaderboard:w1')).toMatchObject({
      status: 'done',
      attempts: 1,
      locked_by: null,
      locked_until: null,
    });
    expect(await scheduler.stats()).toEqual({ pending: 1, running: 0, failed: 0, done: 1 });
    expect(await runCount(metrics, 'done')).toBe(1);
    expect((await metrics.jobsPending.get()).values[0]?.value).toBe(1);
    const lag = (await metrics.jobLag.get()).values.find((v) => v.metricName === 'guildhall_job_lag_seconds_sum');
    expect(lag?.value).toBe(5);
  });

  it('runs every due job even when there are more than one batch', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs } = recordingScheduler(store, { batchSize: 4 });
    for (let i = 0; i < 10; i++) await scheduler.schedule('digest', job(`digest:${i}`, clock.now() - i));
    expect(await scheduler.runDue()).toBe(10);
    expect(new Set(runs.map((r) => r.key)).size).toBe(10);
    // Oldest due first.
    expect(runs[0]?.key).toBe('digest:9');
  });

  it('a failing job is retried with backoff, then failed after its last attempt with the error kept', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs, metrics } = recordingScheduler(store, {
      run: (j) => Promise.reject(new Error(`discord unavailable (attempt ${j.attempt})`)),
    });
    await scheduler.schedule('kpi', job('kpi:check', clock.now(), { maxAttempts: 3 }));

    expect(await scheduler.runDue()).toBe(1);
    expect(await row('kpi:check')).toMatchObject({
      status: 'pending',
      attempts: 1,
      run_at: clock.now() + 10_000,
      last_error: 'discord unavailable (attempt 1)',
    });
    clock.advance(9_999);
    expect(await scheduler.runDue()).toBe(0);
    clock.advance(1);
    expect(await scheduler.runDue()).toBe(1);
    expect(await row('kpi:check')).toMatchObject({ status: 'pending', attempts: 2, run_at: clock.now() + 20_000 });
    clock.advance(20_000);
    expect(await scheduler.runDue()).toBe(1);
    expect(await row('kpi:check')).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'discord unavailable (attempt 3)',
    });

    clock.advance(24 * 60 * MINUTE);
    expect(await scheduler.runDue()).toBe(0);
    expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(await scheduler.stats()).toEqual({ pending: 0, running: 0, failed: 1, done: 0 });
    expect(await runCount(metrics, 'retry')).toBe(2);
    expect(await runCount(metrics, 'failed')).toBe(1);
  });

  it('a job that fails once succeeds on its retry', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs } = recordingScheduler(store, {
      backoff: () => 1_000,
      run: (j) => (j.attempt === 1 ? Promise.reject(new Error('rate limited')) : Promise.resolve()),
    });
    await scheduler.schedule('kpi', job('kpi:check', clock.now()));
    await scheduler.runDue();
    clock.advance(1_000);
    expect(await scheduler.runDue()).toBe(1);
    expect(runs.map((r) => r.attempt)).toEqual([1, 2]);
    expect(await row('kpi:check')).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('an expired lease is reclaimed by another worker, a live lease is not', async () => {
    store = await openTestStore();
    const held = gate();
    const first = recordingScheduler(store, {
      workerId: 'a',
      leaseMs: MINUTE,
      // No real-time heartbeat during the test: worker a only renews when told to.
      heartbeatMs: MINUTE / 2,
      run: () => held.promise.then(() => Promise.reject(new Error('too late'))),
    });
    const second = recordingScheduler(store, { workerId: 'b', leaseMs: MINUTE, clock: first.clock });
    await first.scheduler.schedule('onboarding', job('step:u1', first.clock.now()));

    const firstRun = first.scheduler.runDue();
    await waitUntil(() => first.runs.length === 1, 'worker a runs the job');
    expect(await row('step:u1')).toMatchObject({
      status: 'running',
      locked_by: 'a',
      locked_until: first.clock.now() + MINUTE,
    });
    first.clock.advance(MINUTE);
    expect(await second.scheduler.runDue()).toBe(0);
    first.clock.advance(1);
    expect(await second.scheduler.runDue()).toBe(1);
    expect(second.runs.map((r) => r.attempt)).toEqual([2]);
    expect(await row('step:u1')).toMatchObject({ status: 'done', attempts: 2, locked_by: null });

    // Worker a was only slow: its late failure must not undo worker b's success.
    held.open();
    expect(await firstRun).toBe(1);
    expect(await row('step:u1')).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a job whose worker died during its last attempt is marked failed once the lease expires', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs } = recordingScheduler(store);
    await scheduler.schedule('onboarding', job('step:u1', clock.now(), { maxAttempts: 2 }));
    await store.db
      .updateTable('jobs')
      .set({ status: 'running', attempts: 2, locked_by: 'dead-worker', locked_until: clock.now() + 1_000 })
      .where('key', '=', 'step:u1')
      .execute();
    clock.advance(1_001);
    expect(await scheduler.runDue()).toBe(0);
    expect(runs).toEqual([]);
    expect(await row('step:u1')).toMatchObject({ status: 'failed', attempts: 2, locked_by: null });
    expect((await row('step:u1')).last_error).toMatch(/lease expired/);
  });

  it('stop() waits for the running job, then no job starts', async () => {
    store = await openTestStore();
    const held = gate();
    const { scheduler, clock, runs } = recordingScheduler(store, {
      pollIntervalMs: 5,
      run: (j) => (j.key === 'slow' ? held.promise : Promise.resolve()),
    });
    await scheduler.schedule('digest', job('slow', clock.now()));
    scheduler.start();
    started.push(scheduler);
    await waitUntil(() => runs.length === 1, 'the slow job starts');

    let stopped = false;
    const stopping = scheduler.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stopped).toBe(false);
    held.open();
    await stopping;
    expect(await row('slow')).toMatchObject({ status: 'done' });

    await scheduler.schedule('digest', job('after-stop', clock.now()));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(runs.map((r) => r.key)).toEqual(['slow']);
  });

  it('runDue() resolves once a job the loop claimed first has finished', async () => {
    store = await openTestStore();
    const held = gate();
    const { scheduler, clock, runs } = recordingScheduler(store, {
      pollIntervalMs: 5,
      run: (j) => (j.key === 'slow' ? held.promise : Promise.resolve()),
    });
    await scheduler.schedule('events', job('slow', clock.now()));
    scheduler.start();
    started.push(scheduler);
    await waitUntil(() => runs.length === 1, 'the loop starts the job');
    let done = false;
    const running = scheduler.runDue().then((ran) => {
      done = true;
      return ran;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toBe(false);
    held.open();
    // It ran nothing itself, and the loop's job is done when it resolves.
    expect(await running).toBe(0);
    expect(await row('slow')).toMatchObject({ status: 'done' });
  });

  it('the loop runs jobs as they become due', async () => {
    store = await openTestStore();
    const { scheduler, clock, runs } = recordingScheduler(store, { pollIntervalMs: 5 });
    scheduler.start();
    scheduler.start();
    started.push(scheduler);
    await scheduler.schedule('events', job('e1', clock.now() + MINUTE));
    await scheduler.schedule('events', job('e2', clock.now()));
    await waitUntil(() => runs.length === 1, 'the due job runs');
    clock.advance(MINUTE);
    await waitUntil(() => runs.length === 2, 'the second job runs once due');
    expect(runs.map((r) => r.key)).toEqual(['e2', 'e1']);
  });

  it('a database error in the poll loop is logged and polling resumes when the table is back', async () => {
    store = await openTestStore();
    const { log, lines } = capturingLogger();
    const { scheduler, clock, runs } = recordingScheduler(store, { pollIntervalMs: 5, log });
    await scheduler.schedule('events', job('e1', clock.now()));
    await sql`alter table jobs rename to jobs_away`.execute(store.db);
    scheduler.start();
    started.push(scheduler);
    await waitUntil(
      () => lines.filter((l) => l.msg.startsWith('scheduler poll failed')).length >= 2,
      'two failed polls are logged',
    );
    await sql`alter table jobs_away rename to jobs`.execute(store.db);
    await waitUntil(() => runs.length === 1, 'the job runs after the table is back');
  });
});

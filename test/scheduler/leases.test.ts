import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { JobQueue } from '../../src/scheduler/JobQueue.js';
import { DEFAULT_HEARTBEAT_MS, DEFAULT_LEASE_MS, type Scheduler } from '../../src/scheduler/Scheduler.js';
import { openTestStore, testDialect, type TestStore } from '../testStore.js';
import { capturingLogger, gate, recordingScheduler, waitUntil } from './schedulerFixture.js';

const SECOND = 1_000;

/**
 * Short leases renewed by heartbeat (issue 10, finding 5): a job whose worker died is
 * claimed again within seconds, a live worker keeps its job, and a worker that lost its
 * lease cannot record an outcome. Time is the injected ManualClock; real time only paces
 * the poll loop and is never asserted on.
 */
describe(`scheduler leases and heartbeats (${testDialect})`, () => {
  let store: TestStore;
  const started: Scheduler[] = [];
  const release: Array<() => void> = [];
  afterEach(async () => {
    // Jobs held open by a test (a "dead" worker's) finish, so no heartbeat outlives the store.
    for (const open of release.splice(0)) open();
    await Promise.all(started.splice(0).map((s) => s.stop()));
    await store.destroy();
  });

  const job = (key: string, runAt: number) => ({ name: 'expireCase', key, runAt, payload: { caseId: key } });
  const row = (key: string) => store.db.selectFrom('jobs').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const held = () => {
    const g = gate();
    release.push(g.open);
    return g;
  };

  it('a job whose worker claimed it and died is claimed by another worker once the short lease expires', async () => {
    store = await openTestStore();
    const clock = new ManualClock();
    const due = clock.now();
    const b = recordingScheduler(store, { workerId: 'b', clock });
    await b.scheduler.schedule('moderation', job('case:1:expire', due));

    // Worker a claims the job as a scheduler does, then its process dies: no heartbeat, no outcome.
    const queue = new JobQueue(store.db, store.dialect);
    const claim = await queue.claim({ now: due, workerId: 'a', leaseMs: DEFAULT_LEASE_MS, limit: 10 });
    expect(claim.leases.map((l) => l.key)).toEqual(['case:1:expire']);
    const deadLease = claim.leases[0];
    if (deadLease === undefined) throw new Error('no lease');

    clock.advance(DEFAULT_LEASE_MS);
    expect(await b.scheduler.runDue()).toBe(0);
    clock.advance(1);
    const finishing = held();
    const bRunning = recordingScheduler(store, { workerId: 'b', clock, run: () => finishing.promise });
    const bRun = bRunning.scheduler.runDue();
    await waitUntil(() => bRunning.runs.length === 1, 'worker b runs the job');
    expect(bRunning.runs.map((r) => r.attempt)).toEqual([2]);

    // Worker a "comes back" (it was only frozen): it can neither renew nor finish b's job.
    expect(await queue.extend(deadLease, 'a', clock.now() + DEFAULT_LEASE_MS, clock.now())).toBe(false);
    expect(await queue.settle(deadLease, 'a', { status: 'done' }, clock.now())).toBe(false);
    expect(await row('case:1:expire')).toMatchObject({ status: 'running', locked_by: 'b', attempts: 2 });

    finishing.open();
    expect(await bRun).toBe(1);
    expect(await row('case:1:expire')).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
  });

  it('a running job whose worker heartbeats keeps its lease far beyond the lease length', async () => {
    expect(DEFAULT_LEASE_MS).toBe(15_000);
    expect(DEFAULT_HEARTBEAT_MS).toBe(5_000);
    store = await openTestStore();
    const clock = new ManualClock();
    const running = held();
    const a = recordingScheduler(store, { workerId: 'a', clock, run: () => running.promise });
    const b = recordingScheduler(store, { workerId: 'b', clock });
    await a.scheduler.schedule('moderation', job('case:2:expire', clock.now()));

    const aRun = a.scheduler.runDue();
    await waitUntil(() => a.runs.length === 1, 'worker a runs the job');
    expect(await row('case:2:expire')).toMatchObject({
      status: 'running',
      locked_by: 'a',
      locked_until: clock.now() + DEFAULT_LEASE_MS,
    });
    for (let beat = 0; beat < 12; beat++) {
      clock.advance(DEFAULT_HEARTBEAT_MS);
      expect(await a.scheduler.renewLeases()).toBe(1);
      expect(await b.scheduler.runDue()).toBe(0);
    }
    expect(await row('case:2:expire')).toMatchObject({ locked_by: 'a', locked_until: clock.now() + DEFAULT_LEASE_MS });

    running.open();
    expect(await aRun).toBe(1);
    expect(await row('case:2:expire')).toMatchObject({ status: 'done', attempts: 1, locked_by: null });
    expect(b.runs).toEqual([]);
    expect(await a.scheduler.renewLeases()).toBe(0);
  });

  it('the heartbeat timer renews the lease of a running job by itself', async () => {
    store = await openTestStore();
    const clock = new ManualClock();
    const running = held();
    const a = recordingScheduler(store, { workerId: 'a', clock, heartbeatMs: 5, run: () => running.promise });
    await a.scheduler.schedule('moderation', job('case:3:expire', clock.now()));
    const aRun = a.scheduler.runDue();
    await waitUntil(() => a.runs.length === 1, 'worker a runs the job');

    clock.advance(60 * SECOND);
    await waitUntil(
      async () => (await row('case:3:expire')).locked_until === clock.now() + DEFAULT_LEASE_MS,
      'a heartbeat renews the lease from the current time',
    );
    const b = recordingScheduler(store, { workerId: 'b', clock });
    expect(await b.scheduler.runDue()).toBe(0);
    running.open();
    expect(await aRun).toBe(1);
    expect(await row('case:3:expire')).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('a worker whose lease was taken over stops renewing it and does not mark the job done', async () => {
    store = await openTestStore();
    const clock = new ManualClock();
    const { log, lines } = capturingLogger();
    const stalled = held();
    const a = recordingScheduler(store, { workerId: 'a', clock, log, run: () => stalled.promise });
    await a.scheduler.schedule('moderation', job('case:4:expire', clock.now()));
    const aRun = a.scheduler.runDue();
    await waitUntil(() => a.runs.length === 1, 'worker a runs the job');

    // Worker a stalls past its lease (no heartbeat got through); worker b takes the job over.
    clock.advance(DEFAULT_LEASE_MS + 1);
    const bHeld = held();
    const b = recordingScheduler(store, { workerId: 'b', clock, run: () => bHeld.promise });
    const bRun = b.scheduler.runDue();
    await waitUntil(() => b.runs.length === 1, 'worker b takes the job over');

    expect(await a.scheduler.renewLeases()).toBe(0);
    expect(lines.some((l) => l.msg.startsWith('job lease lost while running'))).toBe(true);
    // Worker a finishes after all: its "done" is discarded, worker b still holds the job.
    stalled.open();
    expect(await aRun).toBe(1);
    expect(await row('case:4:expire')).toMatchObject({ status: 'running', locked_by: 'b', attempts: 2 });
    expect(lines.some((l) => l.msg.startsWith('job lease lost (cancelled'))).toBe(true);

    bHeld.open();
    expect(await bRun).toBe(1);
    expect(await row('case:4:expire')).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
  });

  it('an expiring sanction ends at most 30 s late after a crash', async () => {
    store = await openTestStore();
    const clock = new ManualClock();
    const due = clock.now() + 5 * SECOND; // a 5-second ban
    // Worker a: claims the job when due, then is killed mid-job (its job never finishes and,
    // its process being gone, it never heartbeats: the heartbeat period outlasts the test).
    const killed = held();
    const a = recordingScheduler(store, {
      workerId: 'a',
      clock,
      heartbeatMs: DEFAULT_LEASE_MS - 1,
      run: () => killed.promise,
    });
    await a.scheduler.schedule('moderation', job('case:5:expire', due));
    clock.set(due);
    void a.scheduler.runDue();
    await waitUntil(() => a.runs.length === 1, 'worker a claims the job when due');

    // Worker b (the restarted process) polls by the manual clock, one second per step.
    let endedAt: number | undefined;
    const b = recordingScheduler(store, {
      workerId: 'b',
      clock,
      pollIntervalMs: 5,
      run: () => {
        endedAt = clock.now();
        return Promise.resolve();
      },
    });
    b.scheduler.start();
    started.push(b.scheduler);
    while (endedAt === undefined && clock.now() <= due + 60 * SECOND) {
      clock.advance(SECOND);
      const polls = b.scheduler.polls;
      // Two completed polls: at least one ran wholly at the new time.
      await waitUntil(() => b.scheduler.polls >= polls + 2, 'worker b polls');
    }
    expect(endedAt).toBeDefined();
    expect((endedAt ?? Infinity) - due).toBeLessThanOrEqual(30 * SECOND);
    expect(await row('case:5:expire')).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
  });
});

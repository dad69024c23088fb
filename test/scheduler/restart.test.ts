import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import type { Store } from '../../src/store/Store.js';
import { testDialect } from '../testStore.js';
import { recordingScheduler } from './schedulerFixture.js';
import { openSharedDatabase, type SharedDatabase } from './sharedDatabase.js';

const HOUR = 60 * 60_000;

describe(`scheduler across a restart (${testDialect})`, () => {
  let database: SharedDatabase | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.destroy();
    await database?.dispose();
    store = undefined;
    database = undefined;
  });

  it('a job scheduled before a restart runs after it, exactly once', async () => {
    database = await openSharedDatabase();
    const start = Date.UTC(2026, 0, 1);

    store = await database.open();
    const before = recordingScheduler(store, { clock: new ManualClock(start) });
    expect(
      await before.scheduler.schedule('events', {
        name: 'remind',
        key: 'event:42:reminder',
        runAt: start + HOUR,
        payload: { eventId: 42 },
      }),
    ).toBe(true);
    await store.destroy();

    // A new process, two hours later.
    store = await database.open();
    const after = recordingScheduler(store, { clock: new ManualClock(start + 2 * HOUR) });
    expect(await after.scheduler.runDue()).toBe(1);
    expect(await after.scheduler.runDue()).toBe(0);
    expect(after.runs).toMatchObject([
      { key: 'event:42:reminder', module: 'events', name: 'remind', payload: { eventId: 42 }, attempt: 1 },
    ]);
    await store.destroy();

    // And once more: a done job stays done.
    store = await database.open();
    const again = recordingScheduler(store, { clock: new ManualClock(start + 3 * HOUR) });
    expect(await again.scheduler.runDue()).toBe(0);
    expect(await again.scheduler.stats()).toEqual({ pending: 0, running: 0, failed: 0, done: 1 });
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/testStore.js';
import { lockGuildLog } from './guildLogLock.js';

/**
 * A unit that stamps a time after taking the guild's log lock, waits, then logs the stamp
 * (the audit log's id stands in for the event log's seq).
 */
function stampThenLog(store: TestStore, guildId: string, stamp: () => number, waitMs: number): Promise<void> {
  return store.unitOfWork(async () => {
    await lockGuildLog(store.db, store.dialect, guildId);
    const at = stamp();
    await sleep(waitMs);
    await store.db
      .insertInto('audit_log')
      .values({ guild_id: guildId, actor: 'test', action: 'stamp', target: null, details: '{}', at })
      .execute();
  });
}

async function stampsInLogOrder(store: TestStore, guildId: string): Promise<number[]> {
  const rows = await store.db
    .selectFrom('audit_log')
    .select('at')
    .where('guild_id', '=', guildId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.at);
}

describe('lockGuildLog', () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(async () => {
    await store.destroy();
  });

  it('makes what a unit stamps after the lock land in log order, however its units interleave', async () => {
    let clock = 0;
    const stamp = (): number => (clock += 1);
    // The first unit stamps, then is slow to write: without the lock the second unit's later
    // stamp would be logged first.
    const slow = stampThenLog(store, 'g1', stamp, 60);
    await sleep(10);
    const quick = stampThenLog(store, 'g1', stamp, 0);
    await Promise.all([slow, quick]);
    expect(await stampsInLogOrder(store, 'g1')).toEqual([1, 2]);
  });

  it('keeps time order and log order one across many concurrent units of a guild', async () => {
    let clock = 0;
    const stamp = (): number => (clock += 1);
    await Promise.all(Array.from({ length: 12 }, (_, n) => stampThenLog(store, 'g1', stamp, ((n * 7) % 5) * 4)));
    const stamps = await stampsInLogOrder(store, 'g1');
    expect(stamps).toHaveLength(12);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });

  it('does nothing outside a unit of work', async () => {
    await expect(lockGuildLog(store.db, store.dialect, 'g1')).resolves.toBeUndefined();
  });
});

import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { lockGuildLog } from './guildLogLock.js';
import { currentUnit, outsideUnit } from './unitOfWork/index.js';

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

/** Counts from now the lock statements (`held to commit`) run on the current unit's connection. */
function countLockStatements(): () => number {
  const unit = currentUnit();
  if (unit === undefined) throw new Error('not in a unit of work');
  const spy = vi.spyOn(unit.connection, 'executeQuery');
  return () => spy.mock.calls.filter(([query]) => query.sql.includes('held to commit')).length;
}

/** Whether another connection could take the guild's log lock now (PostgreSQL; let go at once). */
function freeElsewhere(store: TestStore, guildId: string): Promise<boolean | undefined> {
  return outsideUnit(async () => {
    const { rows } = await sql<{ free: boolean }>`
      select pg_try_advisory_xact_lock(4710001, hashtext(${guildId})) as free`.execute(store.db);
    return rows[0]?.free;
  });
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

  it('takes the lock once per unit: later calls, in it or in its savepoints, issue no statement', async () => {
    const counts: number[] = [];
    await store.unitOfWork(async () => {
      const locks = countLockStatements();
      await lockGuildLog(store.db, store.dialect, 'g1');
      counts.push(locks());
      await lockGuildLog(store.db, store.dialect, 'g1');
      await store.unitOfWork(async () => lockGuildLog(store.db, store.dialect, 'g1'));
      await lockGuildLog(store.db, store.dialect, 'g1');
      counts.push(locks());
    });
    expect(counts).toEqual([1, 1]);
  });

  it('keeps a lock taken in a savepoint that commits, without taking it again', async () => {
    const counts: number[] = [];
    await store.unitOfWork(async () => {
      const locks = countLockStatements();
      await store.unitOfWork(async () => lockGuildLog(store.db, store.dialect, 'g1'));
      await lockGuildLog(store.db, store.dialect, 'g1');
      counts.push(locks());
    });
    expect(counts).toEqual([1]);
  });

  it.skipIf(testDialect !== 'postgres')(
    'takes the lock again after the savepoint that took it rolls back (PostgreSQL released it)',
    async () => {
      // Advisory locks span the database, which parallel test files share: a guild of its own.
      const guildId = `g-${randomUUID()}`;
      const free: (boolean | undefined)[] = [];
      const counts: number[] = [];
      await store.unitOfWork(async () => {
        const locks = countLockStatements();
        await expect(
          store.unitOfWork(async () => {
            await lockGuildLog(store.db, store.dialect, guildId);
            free.push(await freeElsewhere(store, guildId));
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        free.push(await freeElsewhere(store, guildId));
        counts.push(locks());
        await lockGuildLog(store.db, store.dialect, guildId);
        counts.push(locks());
        free.push(await freeElsewhere(store, guildId));
        await lockGuildLog(store.db, store.dialect, guildId);
        counts.push(locks());
      });
      free.push(await freeElsewhere(store, guildId));
      expect(free).toEqual([false, true, false, true]);
      expect(counts).toEqual([1, 2, 2]);
    },
  );
});

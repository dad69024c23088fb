import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../../test/testStore.js';
import { currentUnit } from './Unit.js';

/** Rows of the audit log table, used here as any table. */
async function actions(store: TestStore): Promise<string[]> {
  const rows = await store.db.selectFrom('audit_log').select('action').orderBy('id').execute();
  return rows.map((r) => r.action);
}

function write(store: TestStore, action: string): Promise<unknown> {
  return store.db
    .insertInto('audit_log')
    .values({ guild_id: 'g', actor: 'test', action, target: null, details: '{}', at: 1 })
    .execute();
}

describe('unit of work', () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(async () => {
    await store.destroy();
  });

  it('commits every query of its async context together', async () => {
    await store.unitOfWork(async () => {
      await write(store, 'a');
      await Promise.all([write(store, 'b'), write(store, 'c')]);
    });
    expect(await actions(store)).toEqual(['a', 'b', 'c']);
  });

  it('rolls every query back when the work throws, and runs rollback hooks only', async () => {
    const hooks: string[] = [];
    await expect(
      store.unitOfWork(async () => {
        currentUnit()?.afterCommit(() => void hooks.push('commit'));
        currentUnit()?.afterRollback(() => void hooks.push('rollback'));
        await write(store, 'a');
        throw new Error('crash point');
      }),
    ).rejects.toThrow('crash point');
    expect(await actions(store)).toEqual([]);
    expect(hooks).toEqual(['rollback']);
  });

  it('runs commit hooks after the commit, outside the unit', async () => {
    const seen: { rows: string[]; inUnit: boolean }[] = [];
    await store.unitOfWork(async () => {
      await write(store, 'a');
      currentUnit()?.afterCommit(async () => {
        seen.push({ rows: await actions(store), inUnit: currentUnit() !== undefined });
      });
    });
    expect(seen).toEqual([{ rows: ['a'], inUnit: false }]);
  });

  it('turns db.transaction() and nested units into savepoints', async () => {
    const hooks: string[] = [];
    await store.unitOfWork(async () => {
      await write(store, 'kept');
      await expect(
        store.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('audit_log')
            .values({ guild_id: 'g', actor: 't', action: 'dropped', target: null, details: '{}', at: 1 })
            .execute();
          throw new Error('inner');
        }),
      ).rejects.toThrow('inner');
      await expect(
        store.unitOfWork(async () => {
          currentUnit()?.afterCommit(() => void hooks.push('inner'));
          await write(store, 'dropped too');
          throw new Error('nested');
        }),
      ).rejects.toThrow('nested');
      await store.unitOfWork(async () => write(store, 'nested kept'));
    });
    expect(await actions(store)).toEqual(['kept', 'nested kept']);
    expect(hooks).toEqual([]);
  });

  it('notes whether it wrote', async () => {
    const wrote: boolean[] = [];
    await store.unitOfWork(async () => {
      await actions(store);
      await sql`select 1`.execute(store.db);
      wrote.push(currentUnit()?.wrote ?? true);
      await write(store, 'a');
      wrote.push(currentUnit()?.wrote ?? false);
    });
    expect(wrote).toEqual([false, true]);
  });

  it('keeps queries of other async contexts out of the unit', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const unit = store.unitOfWork(async () => {
      await write(store, 'in unit');
      await held;
      throw new Error('rolled back');
    });
    // On SQLite this waits for the unit's connection; on PostgreSQL it commits on its own.
    const outside = write(store, 'outside');
    release();
    await expect(unit).rejects.toThrow('rolled back');
    await outside;
    expect(await actions(store)).toEqual(['outside']);
  });
});

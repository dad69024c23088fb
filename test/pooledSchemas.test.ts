import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withSerialKey } from '../src/store/Migration.js';
import { openTestStore, testDialect } from './testStore.js';

// Only this file, in this run, uses this migration set (its name is new each run), so no other
// test worker and no schema left by an earlier run can be taken from its pool.
let migrationsRun = 0;
const pooltest = {
  owner: 'pooltest',
  migrations: [
    {
      name: `0001_things_${randomBytes(4).toString('hex')}`,
      up: async (db: Kysely<unknown>): Promise<void> => {
        migrationsRun += 1;
        await withSerialKey(db.schema.createTable('pooltest_things'), 'postgres', 'id')
          .addColumn('label', 'text', (c) => c.notNull())
          .execute();
      },
    },
  ],
};

async function insertThing(db: Kysely<unknown>, label: string): Promise<number> {
  const { rows } = await sql<{
    id: number;
  }>`insert into pooltest_things (label) values (${label}) returning id`.execute(db);
  return Number(rows[0]?.id);
}

describe.skipIf(testDialect !== 'postgres')('pooled PostgreSQL test schemas', () => {
  it('hands a given-back schema to the next test emptied, its sequences from the start, without migrating again', async () => {
    const first = await openTestStore([pooltest]);
    expect(await insertThing(first.db as Kysely<unknown>, 'a')).toBe(1);
    expect(await insertThing(first.db as Kysely<unknown>, 'b')).toBe(2);
    await first.destroy();
    const ran = migrationsRun;

    const second = await openTestStore([pooltest]);
    try {
      expect(migrationsRun).toBe(ran);
      expect(second.schema).not.toBe(first.schema);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pooltest_things`.execute(second.db);
      expect(rows[0]?.n).toBe(0);
      expect(await insertThing(second.db as Kysely<unknown>, 'c')).toBe(1);
      const migrated = await sql<{ n: number }>`select count(*)::int as n from guildhall_migrations`.execute(second.db);
      expect(migrated.rows[0]?.n).toBeGreaterThan(1);
    } finally {
      await second.destroy();
    }
  });

  it('drops a schema whose tables a test changed, so the next test migrates a fresh one', async () => {
    const changed = await openTestStore([pooltest]);
    await sql`alter table pooltest_things add column extra text`.execute(changed.db);
    await changed.destroy();
    const ran = migrationsRun;

    const next = await openTestStore([pooltest]);
    try {
      expect(migrationsRun).toBe(ran + 1);
      const { rows } = await sql<{ name: string }>`
        select column_name as name from information_schema.columns
         where table_schema = current_schema() and table_name = 'pooltest_things' order by ordinal_position`.execute(
        next.db,
      );
      expect(rows.map((r) => r.name)).toEqual(['id', 'label']);
    } finally {
      await next.destroy();
    }
  });
});

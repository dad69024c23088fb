import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, type MigrationSet } from '../src/store/migrate.js';
import { openStore, type Store } from '../src/store/Store.js';

/** Which database the test run uses: `GUILDHALL_TEST_DB=sqlite` (default) or `postgres`. */
export const testDialect: 'sqlite' | 'postgres' = process.env.GUILDHALL_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

/** PostgreSQL server for tests (trust auth, database `test`). */
export const testPostgresUrl = process.env.GUILDHALL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh, migrated database for one test: in-memory SQLite, or its own PostgreSQL schema. */
export interface TestStore extends Store {
  /** Connection options to open the same database from another store or process. */
  readonly url: string;
}

/**
 * Opens an isolated, migrated database for a test. On PostgreSQL each call gets its own
 * schema, dropped by `destroy()`, so parallel runs never collide.
 * @param sets - module migrations to apply on top of the core ones
 */
export async function openTestStore(sets: readonly MigrationSet[] = []): Promise<TestStore> {
  if (testDialect === 'sqlite') {
    const store = await openStore({ url: ':memory:' });
    await migrate(store, sets);
    return { ...store, url: ':memory:' };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ url: testPostgresUrl, schema, poolSize: 5 });
  await migrate(store, sets);
  return {
    ...store,
    url: testPostgresUrl,
    schema,
    destroy: async () => {
      await store.destroy();
      await dropSchema(schema);
    },
  };
}

/** Drops a test schema (also used by tests that spawn processes on a schema). */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

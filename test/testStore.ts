import { migrate, type MigrationSet } from '../src/store/migrate.js';
import { openStore, type Store } from '../src/store/Store.js';
import {
  claimPooledSchema,
  dropSchemaAt,
  markMigrated,
  migrationKey,
  newSchemaName,
  releaseSchema,
} from './pooledSchemas.js';

/** Which database the test run uses: `GUILDHALL_TEST_DB=sqlite` (default) or `postgres`. */
export const testDialect: 'sqlite' | 'postgres' = process.env.GUILDHALL_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

/**
 * PostgreSQL server for tests (trust auth, database `test`). By default a commit does not wait
 * for its WAL flush (`synchronous_commit=off`): what other sessions see is the same, and a test
 * run never survives a server crash anyway; the suite runs about a fifth faster.
 */
export const testPostgresUrl =
  process.env.GUILDHALL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test?options=-c%20synchronous_commit%3Doff';

/** A fresh, migrated database for one test: in-memory SQLite, or its own PostgreSQL schema. */
export interface TestStore extends Store {
  /** Connection options to open the same database from another store or process. */
  readonly url: string;
}

/**
 * Opens an isolated, migrated database for a test. On PostgreSQL each call gets its own
 * schema: a pooled one emptied (test/pooledSchemas.ts) or a new one migrated now; `destroy()`
 * gives it back to the pool, so parallel runs never collide and few tests pay for migrations.
 * @param sets - module migrations to apply on top of the core ones
 */
export async function openTestStore(sets: readonly MigrationSet[] = []): Promise<TestStore> {
  if (testDialect === 'sqlite') {
    const store = await openStore({ url: ':memory:' });
    await migrate(store, sets);
    return { ...store, url: ':memory:' };
  }
  const schema = newSchemaName();
  const key = migrationKey(sets);
  const pooled = await claimPooledSchema(testPostgresUrl, key, schema);
  const store = await openStore({ url: testPostgresUrl, schema, poolSize: 5 });
  if (!pooled) {
    try {
      await migrate(store, sets);
    } catch (error) {
      await store.destroy();
      await dropSchema(schema);
      throw error;
    }
    await markMigrated(testPostgresUrl, schema);
  }
  let destroyed = false;
  return {
    ...store,
    url: testPostgresUrl,
    schema,
    destroy: async () => {
      if (destroyed) return;
      destroyed = true;
      await store.destroy();
      try {
        await releaseSchema(testPostgresUrl, key, schema);
      } catch {
        await dropSchema(schema);
      }
    },
  };
}

/** Drops a test schema (also used by tests that spawn processes on a schema). */
export function dropSchema(schema: string): Promise<void> {
  return dropSchemaAt(testPostgresUrl, schema);
}

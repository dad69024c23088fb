import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/store/migrate.js';
import { openStore, type Store } from '../../src/store/Store.js';
import { openTestStore, testDialect } from '../testStore.js';

/** A test database that can be opened again by a new Store, as after a restart. */
export interface SharedDatabase {
  /** Opens (and migrates) a new connection to the same database. */
  open(): Promise<Store>;
  /** Removes the database (SQLite file or PostgreSQL schema). */
  dispose(): Promise<void>;
}

/** An SQLite file in a temporary directory, or a PostgreSQL schema of its own. */
export async function openSharedDatabase(): Promise<SharedDatabase> {
  if (testDialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'guildhall-scheduler-'));
    const url = join(dir, 'guildhall.sqlite');
    return {
      open: () => openMigrated(url, undefined),
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const base = await openTestStore();
  return {
    open: () => openMigrated(base.url, base.schema),
    dispose: () => base.destroy(),
  };
}

async function openMigrated(url: string, schema: string | undefined): Promise<Store> {
  const store = await openStore(schema === undefined ? { url } : { url, schema, poolSize: 2 });
  await migrate(store, []);
  return store;
}

import { sql } from 'kysely';
import type { Store } from '../../store/Store.js';

/** WAL pages between checkpoints while an import writes (about 160 MB; SQLite's default is 1,000). */
const IMPORT_CHECKPOINT_PAGES = 40_000;

/** Page cache while an import writes, in KiB (64 MiB; better-sqlite3's default is 16 MiB). */
const IMPORT_CACHE_KB = 65_536;

/**
 * Runs a long bulk write (a history import) with SQLite checkpointing the write-ahead log
 * rarely instead of every 1,000 pages (each checkpoint syncs the database file: it was a third
 * of the import's time) and with a larger page cache (the indexes an import adds to at random
 * places stay in memory instead of being spilled to the log mid-batch and read back), then
 * checkpoints once and gives the log and the cache back their sizes. Committed
 * batches stay durable and readable throughout; PostgreSQL is left as it is.
 * @param store - the store
 * @param write - the bulk write
 */
export async function withSqliteBulkWrites<T>(store: Store, write: () => Promise<T>): Promise<T> {
  if (store.dialect !== 'sqlite') return write();
  const checkpointPages = await pragma(store, 'wal_autocheckpoint');
  const cacheSize = await pragma(store, 'cache_size');
  await sql.raw(`pragma wal_autocheckpoint = ${IMPORT_CHECKPOINT_PAGES}`).execute(store.db);
  await sql.raw(`pragma cache_size = -${IMPORT_CACHE_KB}`).execute(store.db);
  try {
    return await write();
  } finally {
    await sql.raw(`pragma wal_autocheckpoint = ${checkpointPages}`).execute(store.db);
    await sql.raw(`pragma cache_size = ${cacheSize}`).execute(store.db);
    await sql.raw('pragma wal_checkpoint(TRUNCATE)').execute(store.db);
  }
}

/** A numeric pragma's current value. */
async function pragma(store: Store, name: 'wal_autocheckpoint' | 'cache_size'): Promise<number> {
  const { rows } = await sql.raw<Record<string, number>>(`pragma ${name}`).execute(store.db);
  const value = rows[0]?.[name];
  if (typeof value !== 'number') throw new Error(`pragma ${name} returned no number`);
  return value;
}

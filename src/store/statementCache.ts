import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct statements stay prepared (Guildhall issues a few hundred shapes). */
export const STATEMENT_CACHE_SIZE = 1000;

/**
 * Longer SQL is prepared each time it runs, never kept: such text is a multi-row write whose
 * text changes with its row count (a replay batch), run once per batch, and each compiled
 * statement takes hundreds of KB (kept, they grew a 250k-message import by ~100 MB).
 */
export const MAX_CACHED_SQL_CHARS = 8192;

/**
 * The database as Kysely's SQLite dialect uses it, with prepared statements reused by SQL
 * text (least recently used dropped beyond `size`). Kysely prepares every query it runs;
 * better-sqlite3 statements are reusable and recompile themselves after a schema change, and
 * Kysely runs one query at a time on the connection, so a cached statement is never busy.
 * Preparing was about a sixth of the engine's time per event (bench/ingest).
 * @param database - an open better-sqlite3 database
 * @param size - statements kept prepared
 */
export function withStatementCache(database: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close() {
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      if (sql.length > MAX_CACHED_SQL_CHARS) return database.prepare(sql);
      const cached = cache.get(sql);
      if (cached !== undefined) {
        // Re-insert: Map order is insertion order, so the oldest entry is the least recent.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) {
        const oldest = cache.keys().next();
        if (oldest.done !== true) cache.delete(oldest.value);
      }
      return statement;
    },
  };
}

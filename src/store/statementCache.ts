import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct statements stay prepared (Guildhall issues a few hundred shapes). */
export const STATEMENT_CACHE_SIZE = 1000;

/**
 * SQL longer than this is a multi-row write (a replay or import batch, a bulk upsert): kept in a
 * separate, small cache. Each such compiled statement takes hundreds of KB, and a batch's last
 * piece has a row count of its own, so keeping every text grew a 250k-message import by
 * ~100 MB; but the full pieces repeat one text per table, and preparing them each time was
 * 5 % of the import.
 */
export const MAX_CACHED_SQL_CHARS = 8192;

/** Long statements kept prepared (one full-size piece per bulk write, least recent dropped). */
export const LONG_STATEMENT_CACHE_SIZE = 16;

/**
 * The database as Kysely's SQLite dialect uses it, with prepared statements reused by SQL
 * text (least recently used dropped beyond `size`; long multi-row statements in their own
 * cache of {@link LONG_STATEMENT_CACHE_SIZE}). Kysely prepares every query it runs;
 * better-sqlite3 statements are reusable and recompile themselves after a schema change, and
 * Kysely runs one query at a time on the connection, so a cached statement is never busy.
 * Preparing was about a sixth of the engine's time per event (bench/ingest).
 * @param database - an open better-sqlite3 database
 * @param size - statements kept prepared
 * @param longSize - long statements kept prepared
 */
export function withStatementCache(
  database: SQLite.Database,
  size = STATEMENT_CACHE_SIZE,
  longSize = LONG_STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const short = new Map<string, SqliteStatement>();
  const long = new Map<string, SqliteStatement>();
  return {
    close() {
      short.clear();
      long.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cache = sql.length > MAX_CACHED_SQL_CHARS ? long : short;
      const cached = cache.get(sql);
      if (cached !== undefined) {
        // Re-insert: Map order is insertion order, so the oldest entry is the least recent.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > (cache === long ? longSize : size)) {
        const oldest = cache.keys().next();
        if (oldest.done !== true) cache.delete(oldest.value);
      }
      return statement;
    },
  };
}

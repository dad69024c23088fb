import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { CoreTables } from './CoreTables.js';
import { DatabaseInUseError, DatabaseOpenError } from './DatabaseOpenError.js';
import { postgresConnection } from './postgresConnection.js';
import { ScopedPostgresDialect } from './ScopedPostgresIntrospector.js';
import { lockSqliteFile, type SqliteFileLock } from './sqliteFileLock.js';
import { withStatementCache } from './statementCache.js';
import { UnitOfWorkDialect, type UnitLabel } from './unitOfWork/index.js';

/** The two storage engines Guildhall runs on, with the same behaviour. */
export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely instance, which dialect it speaks, and how to close it. */
export interface Store {
  readonly db: Kysely<CoreTables>;
  readonly dialect: DialectName;
  /** Human-readable location (file path or postgres URL without password). */
  readonly location: string;
  /** PostgreSQL schema the store works in, when not the default search path. */
  readonly schema?: string;
  /**
   * Runs `fn` as one unit of work: every query in its async context (whoever makes it) runs in
   * one transaction that commits when `fn` resolves and rolls back when it throws. Nested
   * calls (and `db.transaction()` inside one) are savepoints. See docs/reliability.md.
   * @param fn - the work
   * @param label - the idempotency-key prefix and guild of the effects it queues
   */
  unitOfWork<T>(fn: () => Promise<T>, label?: UnitLabel): Promise<T>;
  destroy(): Promise<void>;
}

export interface StoreOptions {
  /**
   * `postgres://…` / `postgresql://…` for PostgreSQL; a file path, `sqlite:PATH`
   * or `:memory:` for SQLite.
   */
  url: string;
  /** PostgreSQL schema to use (created if missing); tests use one schema per run. */
  schema?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /**
   * SQLite: hold the file for this process alone until `destroy` (`guildhall start`, which
   * must not run twice on one database); another holder makes the open fail with
   * DatabaseInUseError. The lock goes with the process, kill -9 included (`sqliteFileLock.ts`).
   */
  exclusive?: boolean;
}

/** Default embedded database file, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = './data/guildhall.sqlite';

/**
 * Opens the database named by `url`. SQLite files get WAL mode and a busy timeout;
 * PostgreSQL int8 values are parsed to numbers (all our int8 columns are epoch ms or ids
 * below 2^53).
 * @param options - connection URL and optional PostgreSQL schema
 * @throws DatabaseOpenError when the database cannot be opened or reached (the driver's
 *   error as `cause`); DatabaseInUseError for an `exclusive` SQLite file another process holds
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { url } = options;
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      return await openPostgres(options);
    } catch (error) {
      throw new DatabaseOpenError(postgresLocation(url, options.schema), 'postgres', error);
    }
  }
  const path = url.replace(/^sqlite:/, '');
  let lock: SqliteFileLock | undefined;
  let database: SQLite.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    if (path !== ':memory:' && options.exclusive === true) lock = lockSqliteFile(path);
    database = new SQLite(path);
    database.pragma('journal_mode = WAL');
    // In WAL mode NORMAL survives any process crash (a commit is in the WAL before it returns);
    // only an OS crash or power cut can lose the last commits. FULL would fsync every commit.
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    database?.close();
    lock?.release();
    if (error instanceof DatabaseInUseError) throw error;
    throw new DatabaseOpenError(path, 'sqlite', error);
  }
  const dialect = new UnitOfWorkDialect(new SqliteDialect({ database: withStatementCache(database) }));
  const db = new Kysely<CoreTables>({ dialect });
  return {
    db,
    dialect: 'sqlite',
    location: path,
    unitOfWork: (fn, label = {}) => dialect.driver.run(fn, label, reportHookError),
    destroy: async () => {
      try {
        await db.destroy();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(options: StoreOptions): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  }
  // int8 (bigint) comes back as a string by default; ours are epoch ms and serial ids < 2^53.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  if (schema !== undefined) {
    const admin = new pg.Client({ connectionString: options.url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    ...postgresConnection(options.url, schema),
    max: options.poolSize ?? 10,
    types,
  });
  const dialect = new UnitOfWorkDialect(new ScopedPostgresDialect({ pool }));
  const db = new Kysely<CoreTables>({ dialect });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    dialect: 'postgres',
    location: postgresLocation(options.url, schema),
    ...(schema === undefined ? {} : { schema }),
    unitOfWork: (fn, label = {}) => dialect.driver.run(fn, label, reportHookError),
    destroy: () => db.destroy(),
  };
}

/** A PostgreSQL URL as shown to people: without its password, with the schema. */
function postgresLocation(url: string, schema: string | undefined): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') + (schema ? ` (schema ${schema})` : '');
}

/** A commit hook that threw: the commit stands; the hook's own owner logs its failures. */
function reportHookError(error: unknown): void {
  process.emitWarning(`a unit-of-work commit hook failed: ${error instanceof Error ? error.message : String(error)}`);
}

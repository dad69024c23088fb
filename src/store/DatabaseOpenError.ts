import { errorMessage } from '../core/errors.js';
import type { DialectName } from './Store.js';

/**
 * The database could not be opened: PostgreSQL unreachable or refusing the login, a bad
 * `DATABASE_URL`, a SQLite path that cannot be created or is not a database. `cause` is the
 * driver's error (its `code` says which: `ECONNREFUSED`, `28P01`, `SQLITE_NOTADB` …).
 */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';

  /**
   * @param location - where, as shown to people (a PostgreSQL URL without its password)
   * @param dialect - which engine
   * @param cause - the driver's error
   */
  constructor(
    readonly location: string,
    readonly dialect: DialectName,
    cause: unknown,
  ) {
    super(`cannot open the database at ${location}: ${errorMessage(cause)}`, { cause });
  }
}

/**
 * Another process holds the SQLite file: one `guildhall start` per database (two would
 * handle every event twice). `pid` is the holder's, when it could be read.
 */
export class DatabaseInUseError extends Error {
  override readonly name = 'DatabaseInUseError';

  /**
   * @param path - the SQLite file
   * @param pid - the process holding it, if known
   */
  constructor(
    readonly path: string,
    readonly pid: number | undefined,
  ) {
    super(`${path} is in use by another guildhall start${pid === undefined ? '' : ` (pid ${pid})`}`);
  }
}

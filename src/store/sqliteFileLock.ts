import SQLite from 'better-sqlite3';
import { DatabaseInUseError } from './DatabaseOpenError.js';

/** A held lock on a SQLite file; `release` gives it up (idempotent). */
export interface SqliteFileLock {
  /** The lock file beside the database. */
  readonly path: string;
  release(): void;
}

/**
 * Claims a SQLite database file for this process alone, through `<file>.lock` beside it: a
 * small SQLite database of its own whose write lock this process keeps (a transaction left
 * open, `BEGIN IMMEDIATE`). The lock is the operating system's file lock, so it goes with the
 * process however it ends (kill -9, a crash, a power cut): a lock file left behind blocks
 * nobody, and no process id is trusted to decide anything. The holder's pid is written in the
 * file, readable while it is held, only to tell who holds it.
 * @param databasePath - the SQLite database file
 * @throws DatabaseInUseError when another process holds it
 */
export function lockSqliteFile(databasePath: string): SqliteFileLock {
  const path = `${databasePath}.lock`;
  // timeout 0: a held lock is an answer, not something to wait for.
  const lock = new SQLite(path, { timeout: 0 });
  try {
    claim(lock);
    lock.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL)');
    lock.prepare('INSERT OR REPLACE INTO holder (id, pid) VALUES (1, ?)').run(process.pid);
    // A process reading the pid holds the file for a moment: wait for it rather than fail.
    lock.pragma('busy_timeout = 2000');
    lock.exec('COMMIT');
    lock.pragma('busy_timeout = 0');
    // Held from here on. Another process that claimed it in between wrote its own pid and
    // holds it now: this one then refuses, naming that process; one of the two runs.
    claim(lock);
  } catch (error) {
    const inUse = isBusy(error) ? new DatabaseInUseError(databasePath, holderPid(lock)) : error;
    lock.close();
    throw inUse;
  }
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      lock.exec('ROLLBACK');
      lock.close();
    },
  };
}

function claim(lock: SQLite.Database): void {
  lock.exec('BEGIN IMMEDIATE');
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** The holder's pid, as it wrote it (undefined while a first holder has not written it yet). */
function holderPid(lock: SQLite.Database): number | undefined {
  try {
    if (lock.inTransaction) lock.exec('ROLLBACK');
    const row = lock.prepare('SELECT pid FROM holder WHERE id = 1').get() as { pid?: unknown } | undefined;
    return typeof row?.pid === 'number' ? row.pid : undefined;
  } catch {
    return undefined;
  }
}

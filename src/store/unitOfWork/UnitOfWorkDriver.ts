import type { DatabaseConnection, Driver, QueryResult, TransactionSettings } from 'kysely';
import { CompiledQuery } from 'kysely';
import { runInUnit, Unit, unitOf, type SavepointMark, type UnitLabel } from './Unit.js';

/**
 * Wraps a dialect's driver so that a unit of work spans every query of its async context:
 * while {@link UnitOfWorkDriver.run} is open, any query through the same Kysely instance
 * (module code, the event log, the scheduler, the audit log, the sandbox platform) runs on
 * the unit's connection inside its transaction. A `db.transaction()` inside a unit becomes a
 * savepoint. Outside a unit the driver behaves exactly like the one it wraps.
 */
export class UnitOfWorkDriver implements Driver {
  readonly #inner: Driver;
  #initialized: Promise<void> | undefined;

  constructor(inner: Driver) {
    this.#inner = inner;
  }

  init(): Promise<void> {
    this.#initialized ??= this.#inner.init();
    return this.#initialized;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const unit = unitOf(this);
    if (unit !== undefined) return unit.connection;
    return this.#inner.acquireConnection();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof UnitConnection) return;
    await this.#inner.releaseConnection(connection);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (connection instanceof UnitConnection) {
      connection.savepoints.push(connection.unit.openSavepoint());
      await connection.raw(`savepoint ${last(connection.savepoints).name}`);
      return;
    }
    await this.#inner.beginTransaction(connection, settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof UnitConnection) {
      const savepoint = connection.savepoints.pop();
      if (savepoint !== undefined) await connection.raw(`release savepoint ${savepoint.name}`);
      return;
    }
    await this.#inner.commitTransaction(connection);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof UnitConnection) {
      const savepoint = connection.savepoints.pop();
      if (savepoint === undefined) return;
      connection.unit.dropSince(savepoint.mark);
      await connection.raw(`rollback to savepoint ${savepoint.name}`);
      await connection.raw(`release savepoint ${savepoint.name}`);
      return;
    }
    await this.#inner.rollbackTransaction(connection);
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }

  /**
   * Runs `fn` as one unit of work: its queries, and everything they trigger in the same async
   * context, commit together or not at all. Inside an open unit it nests as a savepoint.
   * Commit hooks run after the commit, outside the transaction; a hook that throws does not
   * undo the commit (it is reported to `onHookError`).
   * @param fn - the work
   * @param label - effect key and guild of the work
   * @param onHookError - told of a commit hook that threw
   */
  async run<T>(fn: () => Promise<T>, label: UnitLabel, onHookError: (error: unknown) => void): Promise<T> {
    const open = unitOf(this);
    if (open !== undefined) return this.#nested(open, fn);
    await this.init();
    const connection = new UnitConnection(this.#inner);
    const unit = new Unit(this, connection, label);
    connection.unit = unit;
    let result: T;
    try {
      result = await runInUnit(unit, fn);
    } catch (error) {
      await connection.finish(false).catch(() => undefined);
      await runHooks(unit.rollbackHooks(), onHookError);
      throw error;
    }
    await connection.finish(true);
    await runHooks(unit.commitHooks(), onHookError);
    return result;
  }

  async #nested<T>(unit: Unit, fn: () => Promise<T>): Promise<T> {
    const connection = unit.connection;
    if (!(connection instanceof UnitConnection)) throw new Error('a unit of work without its connection');
    await this.beginTransaction(connection, {});
    try {
      const result = await fn();
      await this.commitTransaction(connection);
      return result;
    } catch (error) {
      await this.rollbackTransaction(connection).catch(() => undefined);
      throw error;
    }
  }
}

/**
 * The connection of an open unit. The transaction begins at the unit's first write (or
 * savepoint): reads before it borrow a connection for the one query, so a unit that reads,
 * waits on the network, then writes holds no connection while it waits (on SQLite, whose one
 * connection every guild shares, that keeps other guilds moving). A statement is a read when
 * it is a Kysely select or raw SQL starting with `select`; anything else (a lock taken with
 * `/* … *\/ select pg_advisory_xact_lock(…)` included) begins the transaction. Notes writes,
 * holds the savepoint stack.
 */
class UnitConnection implements DatabaseConnection {
  readonly savepoints: { name: string; mark: SavepointMark }[] = [];
  unit!: Unit;
  #open: Promise<DatabaseConnection> | undefined;
  #turns: Promise<void> = Promise.resolve();

  constructor(private readonly driver: Driver) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const read = compiled.query.kind === 'SelectQueryNode' || /^\s*select\b/i.test(compiled.sql);
    if (!read) {
      this.unit.wrote = true;
      this.unit.writes += 1;
    }
    if (read && this.#open === undefined) {
      const borrowed = await this.driver.acquireConnection();
      try {
        return await borrowed.executeQuery<R>(compiled);
      } finally {
        await this.driver.releaseConnection(borrowed);
      }
    }
    return this.#inTurn(async () => (await this.#transaction()).executeQuery<R>(compiled));
  }

  /**
   * Runs one statement on the transaction's connection after the ones before it: a unit's
   * concurrent queries (Promise.all) share one connection, which takes one at a time.
   */
  #inTurn<T>(run: () => Promise<T>): Promise<T> {
    const turn = this.#turns.then(run);
    this.#turns = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  async *streamQuery<R>(compiled: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    yield* (await this.#transaction()).streamQuery<R>(compiled, chunkSize);
  }

  raw(text: string): Promise<QueryResult<unknown>> {
    return this.#inTurn(async () => (await this.#transaction()).executeQuery(CompiledQuery.raw(text)));
  }

  /** Commits (or rolls back) the transaction if it began, and gives its connection back. */
  async finish(commit: boolean): Promise<void> {
    if (this.#open === undefined) return;
    const connection = await this.#open;
    try {
      if (commit) await this.driver.commitTransaction(connection);
      else await this.driver.rollbackTransaction(connection);
    } catch (error) {
      if (commit) await this.driver.rollbackTransaction(connection).catch(() => undefined);
      throw error;
    } finally {
      await this.driver.releaseConnection(connection);
    }
  }

  /** The unit's transaction, begun on first use (set synchronously, so reads queue behind it). */
  #transaction(): Promise<DatabaseConnection> {
    this.#open ??= (async () => {
      const connection = await this.driver.acquireConnection();
      try {
        await this.driver.beginTransaction(connection, {});
      } catch (error) {
        await this.driver.releaseConnection(connection);
        throw error;
      }
      return connection;
    })();
    return this.#open;
  }
}

function last<T>(items: readonly T[]): T {
  const item = items[items.length - 1];
  if (item === undefined) throw new Error('no open savepoint');
  return item;
}

async function runHooks(
  hooks: readonly (() => void | Promise<void>)[],
  onError: (error: unknown) => void,
): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook();
    } catch (error) {
      onError(error);
    }
  }
}

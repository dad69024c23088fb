import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseConnection } from 'kysely';

/** What a unit of work is for: the handler or job whose writes, events and effects it holds. */
export interface UnitLabel {
  /** Prefix of the idempotency keys of the effects it queues, e.g. `evt-1:onboarding`. */
  effectKey?: string;
  /** The guild its effects belong to (kept in order per guild). */
  guildId?: string;
}

type Hook = () => void | Promise<void>;

/**
 * One open unit of work: a database transaction on one connection that every query of the
 * same async context joins (see {@link UnitOfWorkDriver}), with hooks to run once it commits
 * or rolls back. Savepoints nest inside it; hooks registered inside a savepoint that rolls
 * back are dropped with it.
 */
export class Unit {
  /** True once a statement other than a read ran in it. */
  wrote = false;
  /** Effects queued so far (their position is part of their idempotency key). */
  effectSeq = 0;
  #savepoints = 0;
  readonly #afterCommit: Hook[] = [];
  readonly #afterRollback: Hook[] = [];

  constructor(
    readonly owner: object,
    readonly connection: DatabaseConnection,
    readonly label: UnitLabel,
  ) {}

  /**
   * Runs `hook` after the unit commits (never if it rolls back). Hooks run in order, outside
   * the transaction.
   */
  afterCommit(hook: Hook): void {
    this.#afterCommit.push(hook);
  }

  /** Runs `hook` if the unit rolls back (to release whoever waits on its outcome). */
  afterRollback(hook: Hook): void {
    this.#afterRollback.push(hook);
  }

  /** Opens a savepoint level; returns its name and a mark to drop its hooks on rollback. */
  openSavepoint(): { name: string; mark: number } {
    this.#savepoints += 1;
    return { name: `gh_sp_${this.#savepoints}`, mark: this.#afterCommit.length };
  }

  /** Drops the commit hooks registered since `mark` (their savepoint rolled back). */
  dropHooksSince(mark: number): void {
    this.#afterCommit.length = Math.min(this.#afterCommit.length, mark);
  }

  /** @internal */
  commitHooks(): readonly Hook[] {
    return this.#afterCommit;
  }

  /** @internal */
  rollbackHooks(): readonly Hook[] {
    return this.#afterRollback;
  }
}

const storage = new AsyncLocalStorage<Unit>();

/**
 * The unit of work open in this async context on the database `owner` identifies, if any.
 * @param owner - the driver (one per open store)
 */
export function unitOf(owner: object): Unit | undefined {
  const unit = storage.getStore();
  return unit?.owner === owner ? unit : undefined;
}

/** The unit of work open in this async context, on any store. */
export function currentUnit(): Unit | undefined {
  return storage.getStore();
}

/**
 * Runs `fn` with `unit` as the context's unit of work.
 * @internal used by {@link UnitOfWorkDriver}
 */
export function runInUnit<T>(unit: Unit, fn: () => Promise<T>): Promise<T> {
  return storage.run(unit, fn);
}

/** Runs `fn` outside any unit of work (hooks, background loops started from inside one). */
export function outsideUnit<T>(fn: () => T): T {
  return storage.exit(fn);
}

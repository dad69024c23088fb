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

/** What a unit held when a savepoint opened: dropped back to if the savepoint rolls back. */
export interface SavepointMark {
  /** Commit hooks registered before it. */
  readonly hooks: number;
  /** Guild log locks taken before it. */
  readonly guildLocks: number;
}

/**
 * One open unit of work: a database transaction on one connection that every query of the
 * same async context joins (see {@link UnitOfWorkDriver}), with hooks to run once it commits
 * or rolls back, and the guild log locks it holds. Savepoints nest inside it; hooks registered
 * and locks taken inside a savepoint that rolls back are dropped with it.
 */
export class Unit {
  /** True once a statement other than a read ran in it. */
  wrote = false;
  /** Statements other than reads run in it so far. */
  writes = 0;
  /** Effects queued so far (their position is part of their idempotency key). */
  effectSeq = 0;
  #savepoints = 0;
  readonly #afterCommit: Hook[] = [];
  readonly #afterRollback: Hook[] = [];
  readonly #guildLocks: string[] = [];

  constructor(
    readonly owner: object,
    readonly connection: DatabaseConnection,
    readonly label: UnitLabel,
  ) {}

  /**
   * Gives the effects queued from now on another idempotency key prefix, numbered from 0: a
   * unit that handles several events (a batch) queues each event's effects under its own key.
   * @param effectKey - e.g. `evt-2:onboarding`
   */
  relabel(effectKey: string): void {
    this.label.effectKey = effectKey;
    this.effectSeq = 0;
  }

  /**
   * Set while the unit runs work that must not act on the platform (a module's `onBatch`,
   * whose effects no single event could key): the reason, thrown by an effect queued then.
   */
  effectsRefused: string | undefined;

  /**
   * Refuses the effects queued from now on until {@link Unit.allowEffects}.
   * @param reason - what runs, for the error
   */
  refuseEffects(reason: string): void {
    this.effectsRefused = reason;
  }

  /** Accepts effects again after {@link Unit.refuseEffects}. */
  allowEffects(): void {
    this.effectsRefused = undefined;
  }

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

  /**
   * True when the unit holds the log lock of guild `guildId` (see `lockGuildLog`): taken in
   * it, and not in a savepoint rolled back since.
   */
  holdsGuildLock(guildId: string): boolean {
    return this.#guildLocks.includes(guildId);
  }

  /** Notes that the unit took the log lock of guild `guildId`; held until it ends. */
  tookGuildLock(guildId: string): void {
    if (!this.holdsGuildLock(guildId)) this.#guildLocks.push(guildId);
  }

  /** Opens a savepoint level; returns its name and a mark to drop back to on rollback. */
  openSavepoint(): { name: string; mark: SavepointMark } {
    this.#savepoints += 1;
    const mark = { hooks: this.#afterCommit.length, guildLocks: this.#guildLocks.length };
    return { name: `gh_sp_${this.#savepoints}`, mark };
  }

  /**
   * Drops what was added since `mark` (its savepoint rolled back): the commit hooks registered
   * and the guild log locks taken (PostgreSQL releases the locks a rolled back savepoint took).
   */
  dropSince(mark: SavepointMark): void {
    this.#afterCommit.length = Math.min(this.#afterCommit.length, mark.hooks);
    this.#guildLocks.length = Math.min(this.#guildLocks.length, mark.guildLocks);
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

import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { JobRequest } from '../core/Engine.js';
import type { CoreTables, JobTable } from '../store/CoreTables.js';
import type { DialectName } from '../store/Store.js';

/** A job's state in the `jobs` table. */
export type JobStatus = JobTable['status'];

/** A job leased to one worker until `lockedUntil` (payload still as stored JSON). */
export interface JobLease {
  id: number;
  key: string;
  module: string;
  name: string;
  payload: string;
  runAt: number;
  /** This attempt, 1-based (attempts are counted when claimed). */
  attempt: number;
  maxAttempts: number;
}

/** A job whose worker died during its last allowed attempt; the claim marked it failed. */
export interface AbandonedJob {
  key: string;
  module: string;
  name: string;
  attempts: number;
}

/** What one claim took. */
export interface Claim {
  leases: JobLease[];
  abandoned: AbandonedJob[];
}

/** The outcome of one attempt, as written back to the job's row. */
export type AttemptResult =
  { status: 'done' } | { status: 'pending'; error: string; runAt: number } | { status: 'failed'; error: string };

/** Default attempts before a job is marked failed (see {@link JobRequest.maxAttempts}). */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** Longest `last_error` kept in a row; the full error with its stack goes to the log. */
const MAX_ERROR_LENGTH = 2000;

const ABANDONED_ERROR = 'lease expired during the last attempt: its worker stopped before finishing';

/**
 * The `jobs` table: inserting by idempotency key, claiming due jobs under a lease, and
 * recording outcomes. Writes after a claim are fenced by (worker, attempt), so a worker
 * whose lease was taken over can no longer change the row.
 *
 * Claiming is one transaction. On PostgreSQL it selects with `FOR UPDATE SKIP LOCKED`, so
 * several processes claim disjoint jobs. On SQLite the single connection of the process
 * serialises transactions: one process runs the jobs of an SQLite database.
 */
export class JobQueue {
  readonly #db: Kysely<CoreTables>;
  readonly #dialect: DialectName;

  /**
   * @param db - the open database (core tables migrated)
   * @param dialect - decides the row-locking clause of the claim
   */
  constructor(db: Kysely<CoreTables>, dialect: DialectName) {
    this.#db = db;
    this.#dialect = dialect;
  }

  /**
   * Inserts a pending job unless its key already exists (whatever that job's state).
   * @returns true when inserted
   */
  async add(module: string, job: JobRequest, now: number): Promise<boolean> {
    const inserted = await this.#db
      .insertInto('jobs')
      .values({
        key: job.key,
        module,
        name: job.name,
        payload: JSON.stringify(job.payload),
        run_at: job.runAt,
        status: 'pending',
        attempts: 0,
        max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        last_error: null,
        locked_by: null,
        locked_until: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /**
   * Cancels a pending or running job. A running attempt is not interrupted, but its outcome
   * is discarded and it is not retried.
   * @returns true when a job was cancelled
   */
  async cancel(key: string, now: number): Promise<boolean> {
    const result = await this.#db
      .updateTable('jobs')
      .set({ status: 'cancelled', locked_by: null, locked_until: null, updated_at: now })
      .where('key', '=', key)
      .where('status', 'in', ['pending', 'running'])
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /**
   * Leases up to `limit` jobs that are due (pending with `run_at <= now`) or whose lease
   * expired (`locked_until < now`: their worker died), oldest first. An expired job that
   * already used its last attempt is marked failed instead, so a job that kills its
   * process cannot loop forever.
   */
  async claim(options: { now: number; workerId: string; leaseMs: number; limit: number }): Promise<Claim> {
    const { now, workerId, leaseMs, limit } = options;
    return this.#db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('jobs')
        .select(['id', 'status', 'attempts', 'max_attempts'])
        .where(claimable(now))
        .orderBy('run_at')
        .orderBy('id')
        .limit(limit)
        .$if(this.#dialect === 'postgres', (qb) => qb.forUpdate().skipLocked())
        .execute();
      const exhausted = rows.filter((r) => r.status === 'running' && r.attempts >= r.max_attempts).map((r) => r.id);
      const ids = rows.map((r) => r.id).filter((id) => !exhausted.includes(id));
      // The updates repeat the claim condition and return the rows they changed, so a row
      // some other worker took in between is never leased twice, even without row locks.
      const leased =
        ids.length === 0
          ? []
          : await trx
              .updateTable('jobs')
              .set((eb) => ({
                status: 'running',
                attempts: eb('attempts', '+', 1),
                locked_by: workerId,
                locked_until: now + leaseMs,
                updated_at: now,
              }))
              .where('id', 'in', ids)
              .where(claimable(now))
              .returning(['id', 'key', 'module', 'name', 'payload', 'run_at', 'attempts', 'max_attempts'])
              .execute();
      const abandoned =
        exhausted.length === 0
          ? []
          : await trx
              .updateTable('jobs')
              .set({
                status: 'failed',
                last_error: ABANDONED_ERROR,
                locked_by: null,
                locked_until: null,
                updated_at: now,
              })
              .where('id', 'in', exhausted)
              .where(claimable(now))
              .returning(['key', 'module', 'name', 'attempts'])
              .execute();
      return {
        leases: leased
          .map((r) => ({
            id: r.id,
            key: r.key,
            module: r.module,
            name: r.name,
            payload: r.payload,
            runAt: r.run_at,
            attempt: r.attempts,
            maxAttempts: r.max_attempts,
          }))
          .sort((a, b) => a.runAt - b.runAt || a.id - b.id),
        abandoned,
      };
    });
  }

  /**
   * Writes the outcome of an attempt, if the lease is still this worker's.
   * @returns false when the lease was lost (reclaimed after expiry, or cancelled)
   */
  async settle(lease: JobLease, workerId: string, result: AttemptResult, now: number): Promise<boolean> {
    const outcome =
      result.status === 'done'
        ? { status: 'done' as const }
        : result.status === 'pending'
          ? { status: 'pending' as const, run_at: result.runAt, last_error: result.error.slice(0, MAX_ERROR_LENGTH) }
          : { status: 'failed' as const, last_error: result.error.slice(0, MAX_ERROR_LENGTH) };
    const updated = await this.#db
      .updateTable('jobs')
      .set({ ...outcome, locked_by: null, locked_until: null, updated_at: now })
      .where('id', '=', lease.id)
      .where('status', '=', 'running')
      .where('locked_by', '=', workerId)
      .where('attempts', '=', lease.attempt)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  /**
   * Extends a running job's lease (heartbeat of a long job).
   * @returns false when the lease was lost
   */
  async extend(lease: JobLease, workerId: string, lockedUntil: number, now: number): Promise<boolean> {
    const updated = await this.#db
      .updateTable('jobs')
      .set({ locked_until: lockedUntil, updated_at: now })
      .where('id', '=', lease.id)
      .where('status', '=', 'running')
      .where('locked_by', '=', workerId)
      .where('attempts', '=', lease.attempt)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  /** Number of jobs in each state. */
  async countByStatus(): Promise<Record<JobStatus, number>> {
    const rows = await this.#db
      .selectFrom('jobs')
      .select((eb) => ['status', eb.fn.countAll<number | string>().as('count')])
      .groupBy('status')
      .execute();
    const counts: Record<JobStatus, number> = { pending: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  /** Number of pending jobs (due or not). */
  async countPending(): Promise<number> {
    const row = await this.#db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }
}

/** Due and pending, or running under an expired lease (its worker died). */
function claimable(now: number): (eb: ExpressionBuilder<CoreTables, 'jobs'>) => Expression<SqlBool> {
  return (eb) =>
    eb.or([
      eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
      eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
    ]);
}

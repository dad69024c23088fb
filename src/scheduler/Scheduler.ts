import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../core/Clock.js';
import type { JobRequest } from '../core/Engine.js';
import type { Json } from '../core/DomainEvent.js';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/Logger.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { Store } from '../store/Store.js';
import type { ClaimedJob, JobRunner } from './ClaimedJob.js';
import { exponentialBackoff } from './exponentialBackoff.js';
import { JobQueue, type AttemptResult, type JobLease } from './JobQueue.js';

export type { ClaimedJob, JobRunner } from './ClaimedJob.js';

/** What a {@link Scheduler} needs; everything but `store`, `clock`, `log`, `metrics` and `run` has a default. */
export interface SchedulerOptions {
  store: Store;
  /** Decides due-ness, leases and retry times (polling itself uses real timers). */
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  /** Runs one job (the engine dispatches to the module's `jobs[name]`). */
  run: JobRunner;
  /** Name written to `locked_by` (default `host:pid:random`). */
  workerId?: string;
  /** Pause between polls of the loop started by {@link Scheduler.start} (default 1 s). */
  pollIntervalMs?: number;
  /**
   * How long a claim holds a job before another worker may take it (default
   * {@link DEFAULT_LEASE_MS}, 15 s). Kept short so that the job of a dead worker is claimed
   * again within seconds; a live worker renews it by heartbeat while the job runs.
   */
  leaseMs?: number;
  /**
   * Real-time pause between heartbeats that renew the lease of each running job (default
   * {@link DEFAULT_HEARTBEAT_MS}, 5 s, capped at a third of `leaseMs`); must be below `leaseMs`.
   */
  heartbeatMs?: number;
  /** Jobs claimed, and run concurrently, at a time (default 10). */
  batchSize?: number;
  /** Delay before retrying after failed attempt n (default {@link exponentialBackoff}). */
  backoff?: (attempt: number) => number;
}

/** Default lease of a claimed job: a dead worker's job is claimed again this long after its last heartbeat. */
export const DEFAULT_LEASE_MS = 15_000;
/** Default pause between lease renewals of a running job (three heartbeats per lease). */
export const DEFAULT_HEARTBEAT_MS = 5_000;
/** Longest delay `setInterval` honours (longer ones fire at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Durable jobs: stored in `jobs`, claimed under a lease, retried with backoff.
 *
 * Delivery: exactly once while processes stay alive (a claim is atomic, and a worker that
 * lost its lease cannot record an outcome); at least once when a process dies mid-job,
 * since its job is claimed again once the lease expires. Leases are short (15 s) and renewed
 * by a heartbeat every 5 s while the job runs, so a job whose worker died runs again about
 * 15 s (plus one poll) after the worker's last heartbeat; a worker whose lease was taken
 * over stops renewing it and cannot record an outcome (writes are fenced by `locked_by` and
 * the attempt). Handlers must therefore be
 * idempotent by job key. On PostgreSQL any number of processes may run a Scheduler on the
 * same database (`FOR UPDATE SKIP LOCKED`); on SQLite one process runs the jobs.
 */
export class Scheduler {
  /** This scheduler's name in `locked_by`. */
  readonly workerId: string;
  readonly #queue: JobQueue;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #metrics: Metrics;
  readonly #run: JobRunner;
  readonly #pollIntervalMs: number;
  readonly #leaseMs: number;
  readonly #heartbeatMs: number;
  readonly #batchSize: number;
  readonly #backoff: (attempt: number) => number;
  #loop: Promise<void> | undefined;
  #abort: AbortController | undefined;
  readonly #draining = new Set<Promise<number>>();
  /** Jobs this scheduler is running, by id: their leases are renewed by heartbeat. */
  readonly #running = new Map<number, JobLease>();
  #polls = 0;

  /** @param options - store, clock, logger, metrics, the job runner and tuning */
  constructor(options: SchedulerOptions) {
    this.#queue = new JobQueue(options.store.db, options.store.dialect);
    this.#clock = options.clock;
    this.#log = options.log;
    this.#metrics = options.metrics;
    this.#run = options.run;
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.#pollIntervalMs = positive('pollIntervalMs', options.pollIntervalMs ?? 1000);
    this.#leaseMs = Math.min(positive('leaseMs', options.leaseMs ?? DEFAULT_LEASE_MS), MAX_TIMER_MS);
    this.#heartbeatMs = positive(
      'heartbeatMs',
      options.heartbeatMs ?? Math.min(DEFAULT_HEARTBEAT_MS, this.#leaseMs / 3),
    );
    if (this.#heartbeatMs >= this.#leaseMs) {
      throw new RangeError(`Scheduler heartbeatMs (${this.#heartbeatMs}) must be below leaseMs (${this.#leaseMs})`);
    }
    this.#batchSize = Math.floor(positive('batchSize', options.batchSize ?? 10));
    this.#backoff = options.backoff ?? exponentialBackoff;
  }

  /**
   * Stores a job for `module`, due at `job.runAt`.
   * @param module - id of the module whose `jobs[job.name]` will run it
   * @param job - name, idempotency key, due time, payload, attempts
   * @returns false when a job with this key already exists (in any state): nothing changed
   */
  async schedule(module: string, job: JobRequest): Promise<boolean> {
    if (job.key === '') throw new RangeError('a job needs a non-empty key');
    if (!Number.isFinite(job.runAt)) throw new RangeError(`job ${job.key}: runAt must be epoch ms`);
    if (job.maxAttempts !== undefined && !(Number.isInteger(job.maxAttempts) && job.maxAttempts >= 1)) {
      throw new RangeError(`job ${job.key}: maxAttempts must be a positive integer`);
    }
    return this.#queue.add(module, job, this.#clock.now());
  }

  /**
   * Cancels a pending (or running: its outcome is then discarded) job.
   * @param key - the job's idempotency key
   * @returns false when no pending or running job has this key
   */
  cancel(key: string): Promise<boolean> {
    return this.#queue.cancel(key, this.#clock.now());
  }

  /**
   * Claims and runs, batch by batch, every job due at `clock.now()`, and waits for the jobs a
   * poll of the loop ({@link Scheduler.start}) was running meanwhile, so that every job due
   * has finished when it resolves (a poll may have claimed one first); resolves to how many
   * this call ran. Not for use inside a job: it would wait for itself.
   */
  runDue(): Promise<number> {
    const all = this.#track(this.#drain(() => true)).then(async (ran) => {
      await this.idle();
      return ran;
    });
    // As before: a caller that lets a run go (a test's worker "killed" mid-job, its store
    // closed under it) never gets an unhandled rejection; one that awaits still gets the error.
    all.catch(() => undefined);
    return all;
  }

  /** Resolves once every job this scheduler is running (polls and `runDue` calls) has finished. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.#draining]);
  }

  /** Starts polling every `pollIntervalMs`; a poll never overlaps the previous one. */
  start(): void {
    if (this.#abort !== undefined && !this.#abort.signal.aborted) return;
    const abort = new AbortController();
    const previous = this.#loop ?? Promise.resolve();
    this.#abort = abort;
    // A start() during stop() begins after the old loop has finished, so polls never overlap.
    this.#loop = previous.then(() => this.#pollLoop(abort.signal));
  }

  /** Stops polling and resolves once every job this scheduler is running has finished. */
  async stop(): Promise<void> {
    this.#abort?.abort();
    const loop = this.#loop;
    await loop;
    if (this.#loop === loop) this.#loop = undefined;
    await this.idle();
  }

  /** Polls completed by the loop of {@link Scheduler.start} since this scheduler was created. */
  get polls(): number {
    return this.#polls;
  }

  /**
   * Renews, now, the lease of every job this scheduler is running (what the heartbeat does
   * every `heartbeatMs`). A lease that was lost (taken over after it expired, or cancelled)
   * is no longer renewed; the job's outcome will be discarded.
   * @returns the number of leases renewed
   */
  async renewLeases(): Promise<number> {
    const renewed = await Promise.all([...this.#running.values()].map((lease) => this.#extendLease(lease)));
    return renewed.filter(Boolean).length;
  }

  /** Number of jobs pending (due or not), running, failed and done. */
  async stats(): Promise<{ pending: number; running: number; failed: number; done: number }> {
    const { pending, running, failed, done } = await this.#queue.countByStatus();
    return { pending, running, failed, done };
  }

  async #pollLoop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.#track(this.#drain(() => !signal.aborted));
      } catch (error) {
        this.#log.error({ err: error, worker: this.workerId }, 'scheduler poll failed; retrying at the next poll');
      }
      this.#polls += 1;
      await sleep(this.#pollIntervalMs, undefined, { signal }).catch(() => undefined);
    }
  }

  async #drain(more: () => boolean): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = this.#clock.now();
      const { leases, abandoned } = await this.#queue.claim({
        now,
        workerId: this.workerId,
        leaseMs: this.#leaseMs,
        limit: this.#batchSize,
      });
      for (const job of abandoned) {
        this.#log.warn(
          { job: job.key, module: job.module, attempts: job.attempts },
          'job failed: its worker stopped during the last attempt',
        );
        this.#metrics.jobsRun.inc({ module: job.module, name: job.name, outcome: 'failed' });
      }
      for (const lease of leases) this.#metrics.jobLag.observe(Math.max(0, now - lease.runAt) / 1000);
      await Promise.all(leases.map((lease) => this.#attempt(lease)));
      ran += leases.length;
      // A short batch took everything due at `now`.
      if (leases.length + abandoned.length < this.#batchSize || !more()) break;
    }
    this.#metrics.jobsPending.set(await this.#queue.countPending());
    return ran;
  }

  /** Runs one leased job and records its outcome; never rejects. */
  async #attempt(lease: JobLease): Promise<void> {
    // Renew well before expiry so a live worker's job is not taken over by another worker.
    this.#running.set(lease.id, lease);
    const heartbeat = setInterval(() => void this.#extendLease(lease), this.#heartbeatMs);
    heartbeat.unref();
    let result: AttemptResult;
    try {
      const payload = JSON.parse(lease.payload) as Json;
      const job: ClaimedJob = { ...pick(lease), payload };
      await this.#run(job);
      result = { status: 'done' };
    } catch (error) {
      result = this.#failure(lease, error);
    } finally {
      clearInterval(heartbeat);
      this.#running.delete(lease.id);
    }
    const outcome = result.status === 'pending' ? 'retry' : result.status;
    this.#metrics.jobsRun.inc({ module: lease.module, name: lease.name, outcome });
    const context = {
      job: lease.key,
      module: lease.module,
      name: lease.name,
      attempt: lease.attempt,
      worker: this.workerId,
    };
    try {
      const kept = await this.#queue.settle(lease, this.workerId, result, this.#clock.now());
      if (!kept)
        this.#log.warn(context, 'job lease lost (cancelled, or reclaimed after it expired); outcome discarded');
    } catch (error) {
      this.#log.error(
        { ...context, err: error },
        'could not record a job outcome; it runs again when its lease expires',
      );
    }
  }

  #failure(lease: JobLease, error: unknown): AttemptResult {
    const message = errorMessage(error);
    const context = { err: error, job: lease.key, module: lease.module, name: lease.name, attempt: lease.attempt };
    if (lease.attempt >= lease.maxAttempts) {
      this.#log.error(context, 'job failed on its last attempt');
      return { status: 'failed', error: message };
    }
    const runAt = this.#clock.now() + this.#retryDelay(lease.attempt);
    this.#log.warn({ ...context, retryAt: runAt }, 'job failed; retrying');
    return { status: 'pending', error: message, runAt };
  }

  /** The configured backoff, falling back to the default when it throws or returns nonsense. */
  #retryDelay(attempt: number): number {
    try {
      const delay = this.#backoff(attempt);
      if (Number.isFinite(delay) && delay >= 0) return delay;
    } catch (error) {
      this.#log.warn({ err: error, attempt }, 'job backoff function threw; using the default');
    }
    return exponentialBackoff(attempt);
  }

  /** One heartbeat of a running job; false when its lease is gone or the write failed. */
  async #extendLease(lease: JobLease): Promise<boolean> {
    if (!this.#running.has(lease.id)) return false;
    try {
      const now = this.#clock.now();
      const kept = await this.#queue.extend(lease, this.workerId, now + this.#leaseMs, now);
      if (!kept && this.#running.delete(lease.id)) {
        this.#log.warn(
          { job: lease.key, module: lease.module, attempt: lease.attempt, worker: this.workerId },
          'job lease lost while running (cancelled, or taken over after it expired); its outcome will be discarded',
        );
      }
      return kept;
    } catch (error) {
      // The lease may still be ours: the next heartbeat tries again.
      this.#log.warn({ err: error, job: lease.key }, 'could not extend a job lease');
      return false;
    }
  }

  #track(drain: Promise<number>): Promise<number> {
    this.#draining.add(drain);
    const forget = (): void => void this.#draining.delete(drain);
    // Only bookkeeping: callers still get (and handle) `drain` itself.
    void drain.then(forget, forget);
    return drain;
  }
}

function pick(lease: JobLease): Omit<ClaimedJob, 'payload'> {
  return {
    id: lease.id,
    key: lease.key,
    module: lease.module,
    name: lease.name,
    runAt: lease.runAt,
    attempt: lease.attempt,
  };
}

function positive(name: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`Scheduler ${name} must be a positive number`);
  return value;
}

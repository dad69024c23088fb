import type { Json } from '../core/DomainEvent.js';

/** A job this process has claimed (holds the lease of) and is about to run. */
export interface ClaimedJob {
  id: number;
  /** Idempotency key given at scheduling; handlers use it to make their effects idempotent. */
  key: string;
  /** Module that scheduled the job (owner of the handler). */
  module: string;
  /** Handler name within the module's `jobs`. */
  name: string;
  payload: Json;
  /** Epoch ms the job was due (for a retry: when the retry was due). */
  runAt: number;
  /** 1 for the first attempt; a retry or a reclaim after a dead worker counts up. */
  attempt: number;
}

/**
 * Runs one claimed job. Resolving marks it done; throwing retries it with backoff (or marks
 * it failed after its last attempt).
 */
export type JobRunner = (job: ClaimedJob) => Promise<void>;

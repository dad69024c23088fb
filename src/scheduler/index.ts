export { Scheduler, DEFAULT_HEARTBEAT_MS, DEFAULT_LEASE_MS, type SchedulerOptions } from './Scheduler.js';
export type { ClaimedJob, JobRunner } from './ClaimedJob.js';
export {
  JobQueue,
  DEFAULT_MAX_ATTEMPTS,
  type AbandonedJob,
  type AttemptResult,
  type Claim,
  type JobLease,
  type JobStatus,
} from './JobQueue.js';
export { exponentialBackoff } from './exponentialBackoff.js';

import type { Finding } from './findings.js';
import { downtimeWithin, type Downtime } from './guildhallProcess.js';
import type { LoadedState } from './loadedState.js';

/** How late timed sanctions ended, beyond the time the process was down. */
export interface JobTiming {
  timedCases: number;
  ended: number;
  /** Worst `closed_at − expires_at − downtime within`, in ms (0 when none ended). */
  worstLatenessMs: number;
  beyondBound: number;
  /** Jobs marked failed, and done jobs later than the bound (after downtime), of any kind. */
  failedJobs: { key: string; attempts: number; error: string }[];
  lateJobs: number;
  worstJobLatenessMs: number;
}

/**
 * Each timed case that applied ended (status `expired`, `closed_at`) at most `boundMs` after
 * its `expires_at`, not counting the time the process was down in between; one still in force
 * at the end counts from `verifiedAt`.
 * @param state - the database
 * @param downtimes - kills and restarts
 * @param boundMs - the bound (30 s)
 * @param verifiedAt - when the run stopped
 */
export function verifyJobs(
  state: LoadedState,
  downtimes: readonly Downtime[],
  boundMs: number,
  verifiedAt: number,
): { timing: JobTiming; findings: Finding[] } {
  const findings: Finding[] = [];
  let worst = 0;
  let ended = 0;
  let beyond = 0;
  const timed = state.cases.filter((c) => c.expiresAt !== null && c.applyError === null);
  for (const c of timed) {
    const expiresAt = c.expiresAt ?? 0;
    const end = c.closedAt ?? verifiedAt;
    if (c.closedAt === null && expiresAt > verifiedAt) continue;
    if (c.closedAt !== null) ended += 1;
    const down = downtimeWithin(downtimes, expiresAt, end);
    const lateness = end - expiresAt - down;
    worst = Math.max(worst, lateness);
    if (lateness > boundMs) {
      beyond += 1;
      findings.push({
        kind: 'late',
        check: 'timed case end',
        detail: `case #${c.id} (${c.action}, ${c.status}): ended ${Math.round((end - expiresAt) / 1000)} s after expiry, ${Math.round(down / 1000)} s of it down${c.closedAt === null ? ' (never closed)' : ''}`,
      });
    }
  }
  let lateJobs = 0;
  let worstJob = 0;
  for (const job of state.jobs) {
    if (job.status !== 'done' || job.runAt > verifiedAt) continue;
    const lateness = job.updatedAt - job.runAt - downtimeWithin(downtimes, job.runAt, job.updatedAt);
    worstJob = Math.max(worstJob, lateness);
    if (lateness > boundMs) lateJobs += 1;
  }
  const failedJobs = state.jobs
    .filter((j) => j.status === 'failed')
    .map((j) => ({ key: j.key, attempts: j.attempts, error: j.lastError ?? '' }));
  return {
    timing: {
      timedCases: timed.length,
      ended,
      worstLatenessMs: worst,
      beyondBound: beyond,
      failedJobs,
      lateJobs,
      worstJobLatenessMs: worstJob,
    },
    findings,
  };
}

import { pino } from 'pino';
import { ManualClock } from '../../src/core/Clock.js';
import type { Logger } from '../../src/core/Logger.js';
import { Metrics } from '../../src/metrics/Metrics.js';
import type { ClaimedJob, JobRunner } from '../../src/scheduler/ClaimedJob.js';
import { Scheduler, type SchedulerOptions } from '../../src/scheduler/Scheduler.js';
import type { Store } from '../../src/store/Store.js';

/** A logger that keeps warn and error lines in memory, parsed. */
export function capturingLogger(): { log: Logger; lines: Array<{ level: number; msg: string }> } {
  const lines: Array<{ level: number; msg: string }> = [];
  const log = pino(
    { level: 'warn' },
    { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) },
  );
  return { log, lines };
}

/** A scheduler on `store` with a manual clock that records every job it runs. */
export function recordingScheduler(
  store: Store,
  options: { clock?: ManualClock; run?: JobRunner } & Partial<Omit<SchedulerOptions, 'store' | 'clock' | 'run'>> = {},
): { scheduler: Scheduler; clock: ManualClock; metrics: Metrics; runs: ClaimedJob[] } {
  const { clock = new ManualClock(), run, ...rest } = options;
  const runs: ClaimedJob[] = [];
  const metrics = rest.metrics ?? new Metrics();
  const scheduler = new Scheduler({
    log: capturingLogger().log,
    ...rest,
    store,
    clock,
    metrics,
    run: async (job) => {
      runs.push(job);
      await run?.(job);
    },
  });
  return { scheduler, clock, metrics, runs };
}

/** A promise with its resolve function, to hold a job open until the test releases it. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/**
 * Polls `condition` with real timers until it holds.
 * @param what - named in the error when it never holds within `timeoutMs`
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

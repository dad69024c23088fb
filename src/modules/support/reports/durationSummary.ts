import type { DurationSummary } from './SupportReportsApi.js';

/**
 * The median of sorted numbers (the mean of the two middle ones for an even count).
 * @param sorted - ascending, not empty
 */
function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * The nearest-rank percentile of sorted numbers: the smallest value with at least `p` of the
 * values at or below it (the same definitions as analytics' first-response metric).
 * @param sorted - ascending, not empty
 * @param p - between 0 and 1
 */
function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Count, median and 90th percentile (nearest rank) of durations.
 * @param durations - ms, in any order
 */
export function summariseDurations(durations: readonly number[]): DurationSummary {
  const sorted = [...durations].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0, medianMs: null, p90Ms: null };
  return { count: sorted.length, medianMs: median(sorted), p90Ms: nearestRank(sorted, 0.9) };
}

import { median, nearestRank } from '../../../core/ranks.js';
import type { DurationSummary } from './SupportReportsApi.js';

/**
 * Count, median and 90th percentile (nearest rank, as analytics' first-response metric) of durations.
 * @param durations - ms, in any order
 */
export function summariseDurations(durations: readonly number[]): DurationSummary {
  const sorted = [...durations].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0, medianMs: null, p90Ms: null };
  return { count: sorted.length, medianMs: median(sorted), p90Ms: nearestRank(sorted, 0.9) };
}

/**
 * The median of sorted numbers (the mean of the two middle ones for an even count).
 * @param sorted - ascending, not empty
 */
export function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * The nearest-rank percentile of sorted numbers: the smallest value with at least `p` of the
 * values at or below it.
 * @param sorted - ascending, not empty
 * @param p - between 0 and 1
 */
export function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * The 1-based ranks, among n answered topics, of the median's middle values and of the p90:
 * the middle one (odd n) or two (even n), and the nearest rank ⌈0.9 n⌉. The p90 is written
 * ⌊(9n + 9) / 10⌋, an integer form; it equals Math.ceil(0.9 * n) (the definition,
 * `nearestRank`) for every n up to 20 million at least (checked one by one).
 * @param n - answered topics
 */
export function ranksOf(n: number): { low: number; high: number; p90: number } {
  return { low: Math.floor((n + 1) / 2), high: Math.floor(n / 2) + 1, p90: Math.floor((9 * n + 9) / 10) };
}

/** A scope's topics, answered topics and response times (ms) at the ranks of `ranksOf`. */
export interface CountedRanks {
  topics: number;
  answered: number;
  at: Map<number, number>;
}

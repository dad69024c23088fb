import { estimateProportion, type Interval } from './estimateProportion.js';
import { fisherExactTest } from './fisherExactTest.js';
import type { ProportionCounts } from './proportionCounts.js';
import { twoProportionZTest } from './twoProportionZTest.js';

/** Below this expected count in any cell the z-test's normal approximation is not trusted. */
export const MIN_EXPECTED_CELL_COUNT = 5;

/** Which significance test produced a p-value. */
export type SignificanceTest = 'two_proportion_z' | 'fisher_exact';

/** Treatment against control: the difference in rates, its interval and a two-sided p-value. */
export interface ProportionComparison {
  /** treatment rate − control rate */
  readonly difference: number;
  /** Newcombe's hybrid score interval of the difference */
  readonly interval: Interval;
  readonly confidence: number;
  readonly test: SignificanceTest;
  /** the z statistic, when the z-test was used */
  readonly z: number | null;
  readonly pValue: number;
}

/**
 * Compares a treatment arm with the control arm.
 *
 * The p-value comes from the pooled two-proportion z-test when every expected cell count of the
 * 2×2 table is at least {@link MIN_EXPECTED_CELL_COUNT}, otherwise from Fisher's exact test; the
 * result says which. The interval of the difference is Newcombe's hybrid score interval (method
 * 10, built from the two Wilson intervals), which behaves well with small counts.
 *
 * @param control - the control arm's counts (trials ≥ 1)
 * @param treatment - the treatment arm's counts (trials ≥ 1)
 * @param confidence - the confidence level of the interval, 0.95 by default
 * @throws RangeError on invalid counts or an empty arm
 * @see https://doi.org/10.1002/(SICI)1097-0258(19980430)17:8%3C873::AID-SIM779%3E3.0.CO;2-I (Newcombe 1998)
 */
export function compareProportions(
  control: ProportionCounts,
  treatment: ProportionCounts,
  confidence = 0.95,
): ProportionComparison {
  const c = estimateProportion(control, confidence);
  const t = estimateProportion(treatment, confidence);
  const difference = t.rate - c.rate;
  const interval: Interval = {
    lower: difference - Math.hypot(t.rate - t.interval.lower, c.interval.upper - c.rate),
    upper: difference + Math.hypot(t.interval.upper - t.rate, c.rate - c.interval.lower),
  };
  if (minExpectedCellCount(control, treatment) >= MIN_EXPECTED_CELL_COUNT) {
    const { z, pValue } = twoProportionZTest(control, treatment);
    return { difference, interval, confidence, test: 'two_proportion_z', z, pValue };
  }
  const pValue = fisherExactTest(control, treatment);
  return { difference, interval, confidence, test: 'fisher_exact', z: null, pValue };
}

/**
 * The smallest expected count of the 2×2 table (arms × success/failure) under the null
 * hypothesis of one shared rate.
 *
 * @param a - one arm's counts
 * @param b - the other arm's counts
 */
export function minExpectedCellCount(a: ProportionCounts, b: ProportionCounts): number {
  const total = a.trials + b.trials;
  if (total === 0) return 0;
  const pooled = (a.successes + b.successes) / total;
  const smallerShare = Math.min(pooled, 1 - pooled);
  return Math.min(a.trials, b.trials) * smallerShare;
}

import { assertValidCounts, type ProportionCounts } from './proportionCounts.js';
import { twoSidedCriticalValue } from './standardNormal.js';

/** A confidence interval, bounds included. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** One arm's outcome rate with its Wilson score interval. */
export interface ProportionEstimate extends ProportionCounts {
  /** successes / trials */
  readonly rate: number;
  readonly interval: Interval;
  readonly confidence: number;
}

/**
 * The rate of one arm with its Wilson score interval, which stays inside [0, 1] and keeps close
 * to its nominal coverage for small samples and rates near 0 or 1, unlike the Wald interval.
 *
 * @param counts - the arm's successes and trials (trials ≥ 1)
 * @param confidence - the confidence level, 0.95 by default
 * @throws RangeError on invalid counts or zero trials
 * @see https://en.wikipedia.org/wiki/Binomial_proportion_confidence_interval#Wilson_score_interval
 */
export function estimateProportion(counts: ProportionCounts, confidence = 0.95): ProportionEstimate {
  assertValidCounts(counts);
  if (counts.trials === 0) throw new RangeError('a rate needs at least one trial');
  const { successes, trials } = counts;
  return {
    successes,
    trials,
    rate: successes / trials,
    interval: wilsonInterval(successes, trials, twoSidedCriticalValue(confidence)),
    confidence,
  };
}

/**
 * The Wilson score interval of successes / trials for a critical value z.
 *
 * @param successes - whole number, 0 ≤ successes ≤ trials
 * @param trials - whole number ≥ 1
 * @param z - the two-sided critical value, e.g. 1.959964 for 95 %
 */
export function wilsonInterval(successes: number, trials: number, z: number): Interval {
  const rate = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (rate + z2 / (2 * trials)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials));
  // At 0 or `trials` successes a bound is exactly 0 or 1; the formula only gets within rounding.
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === trials ? 1 : Math.min(1, centre + halfWidth),
  };
}

import { assertValidCounts, type ProportionCounts } from './proportionCounts.js';
import { standardNormalCdf } from './standardNormal.js';

/** The statistic and two-sided p-value of a two-proportion z-test. */
export interface ZTestResult {
  /** (rate of b − rate of a) / pooled standard error */
  readonly z: number;
  readonly pValue: number;
}

/**
 * Two-sided two-proportion z-test with the pooled standard error (the rate under the null
 * hypothesis that both arms share one rate). Equivalent to Pearson's χ² test without continuity
 * correction. Valid when every expected cell count is large (≥ 5); use Fisher's exact test below
 * that.
 *
 * @param a - the first (control) arm's counts
 * @param b - the second (treatment) arm's counts
 * @throws RangeError on invalid counts, an empty arm, or a pooled rate of 0 or 1 (no variance)
 * @see https://en.wikipedia.org/wiki/Two-proportion_Z-test
 */
export function twoProportionZTest(a: ProportionCounts, b: ProportionCounts): ZTestResult {
  assertValidCounts(a, 'first arm');
  assertValidCounts(b, 'second arm');
  if (a.trials === 0 || b.trials === 0) throw new RangeError('each arm needs at least one trial');
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  if (pooled === 0 || pooled === 1) {
    throw new RangeError('a pooled rate of 0 or 1 has no variance; use Fisher’s exact test');
  }
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  const z = (b.successes / b.trials - a.successes / a.trials) / standardError;
  return { z, pValue: Math.min(1, 2 * standardNormalCdf(-Math.abs(z))) };
}

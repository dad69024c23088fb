import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * P(Z ≤ z) for a standard normal Z.
 *
 * @param z - the value
 */
export function standardNormalCdf(z: number): number {
  return normalCdf(z, 0, 1);
}

/**
 * The z with P(Z ≤ z) = p for a standard normal Z, e.g. 1.959964 for p = 0.975.
 *
 * @param p - a probability in (0, 1)
 */
export function standardNormalQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/**
 * The two-sided critical value of a confidence level, e.g. 1.959964 for 0.95.
 *
 * @param confidence - the confidence level in (0, 1)
 * @throws RangeError when the level is outside (0, 1)
 */
export function twoSidedCriticalValue(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  }
  return standardNormalQuantile(1 - (1 - confidence) / 2);
}

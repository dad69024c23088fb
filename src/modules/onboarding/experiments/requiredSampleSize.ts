import { standardNormalQuantile } from './standardNormal.js';

/**
 * Members needed in EACH arm for a two-sided two-proportion test at level `alpha` to detect a
 * change from `baselineRate` to `baselineRate + minimumDetectableEffect` with probability
 * `power` (the normal-approximation formula, as R's `power.prop.test`):
 *
 * n = (z₁₋α/₂·√(2·p̄(1−p̄)) + z_power·√(p₁(1−p₁) + p₂(1−p₂)))² / (p₂ − p₁)², p̄ = (p₁ + p₂)/2,
 * rounded up.
 *
 * @param baselineRate - the control arm's expected rate p₁, in (0, 1)
 * @param minimumDetectableEffect - the smallest absolute lift worth detecting, p₂ − p₁ > 0 with p₂ < 1
 * @param alpha - the two-sided significance level, 0.05 by default
 * @param power - the probability of detecting a true effect of that size, 0.8 by default
 * @returns the number of members per arm
 * @throws RangeError when a parameter is out of range
 * @see https://en.wikipedia.org/wiki/Power_of_a_test
 */
export function requiredSampleSize(
  baselineRate: number,
  minimumDetectableEffect: number,
  alpha = 0.05,
  power = 0.8,
): number {
  const p1 = baselineRate;
  const p2 = baselineRate + minimumDetectableEffect;
  if (!(p1 > 0 && p1 < 1)) throw new RangeError(`baselineRate must be in (0, 1), got ${p1}`);
  if (!(minimumDetectableEffect > 0 && p2 < 1)) {
    throw new RangeError(
      `minimumDetectableEffect must be > 0 with baselineRate + effect < 1, got ${minimumDetectableEffect}`,
    );
  }
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  const zAlpha = standardNormalQuantile(1 - alpha / 2);
  const zPower = standardNormalQuantile(power);
  const mean = (p1 + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zPower * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((root * root) / (minimumDetectableEffect * minimumDetectableEffect));
}

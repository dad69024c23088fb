import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from './twoProportionZTest.js';

describe('twoProportionZTest', () => {
  it('gives z ≈ 2.124, p ≈ 0.0337 for 45/100 against 60/100 (pooled)', () => {
    // By hand: p̄ = 0.525, se = √(0.525·0.475·(2/100)) = 0.070622, z = 0.15 / se = 2.12398.
    // p = 0.033672 from SciPy 1.17: 2·norm.sf(2.12398) and, independently,
    // chi2_contingency([[45, 55], [60, 40]], correction=False).pvalue (the same test as χ²).
    // (Rounding z to 2.12 first gives the 0.0340 often quoted.)
    const result = twoProportionZTest({ successes: 45, trials: 100 }, { successes: 60, trials: 100 });
    expect(result.z).toBeCloseTo(2.1239769762, 8);
    expect(result.pValue).toBeCloseTo(0.0336720689, 8);
  });

  it('gives the opposite z and the same p with the arms swapped', () => {
    const result = twoProportionZTest({ successes: 60, trials: 100 }, { successes: 45, trials: 100 });
    expect(result.z).toBeCloseTo(-2.1239769762, 8);
    expect(result.pValue).toBeCloseTo(0.0336720689, 8);
  });

  it('gives p = 1 for equal rates', () => {
    const result = twoProportionZTest({ successes: 30, trials: 100 }, { successes: 60, trials: 200 });
    expect(result.z).toBe(0);
    expect(result.pValue).toBe(1);
  });

  it('refuses a table without variance', () => {
    expect(() => twoProportionZTest({ successes: 0, trials: 50 }, { successes: 0, trials: 50 })).toThrow(/Fisher/);
  });
});

import { describe, expect, it } from 'vitest';
import { compareProportions, minExpectedCellCount } from './compareProportions.js';

describe('compareProportions', () => {
  it('uses the pooled z-test when every expected cell count is at least 5', () => {
    const result = compareProportions({ successes: 45, trials: 100 }, { successes: 60, trials: 100 });
    expect(result.test).toBe('two_proportion_z');
    expect(result.difference).toBeCloseTo(0.15, 12);
    expect(result.z).toBeCloseTo(2.1239769762, 8);
    // SciPy 1.17 chi2_contingency([[45, 55], [60, 40]], correction=False).pvalue
    expect(result.pValue).toBeCloseTo(0.0336720689, 8);
    // Newcombe's interval, recomputed in Python from SciPy's Wilson intervals of each arm.
    expect(result.interval.lower).toBeCloseTo(0.0117239353, 8);
    expect(result.interval.upper).toBeCloseTo(0.280448521, 8);
  });

  it('falls back to Fisher’s exact test when an expected cell count is below 5', () => {
    // [[2, 8], [7, 3]]: smallest expected count 10 · 9/20 = 4.5.
    const result = compareProportions({ successes: 2, trials: 10 }, { successes: 7, trials: 10 });
    expect(result.test).toBe('fisher_exact');
    expect(result.z).toBeNull();
    // SciPy 1.17 scipy.stats.fisher_exact([[2, 8], [7, 3]]).pvalue
    expect(result.pValue).toBeCloseTo(0.0697785186949, 12);
  });

  it('reports the tea-tasting table through Fisher’s exact test, p = 0.4857', () => {
    const result = compareProportions({ successes: 1, trials: 4 }, { successes: 3, trials: 4 });
    expect(result.test).toBe('fisher_exact');
    expect(result.pValue).toBeCloseTo(0.4857142857, 9);
  });

  it('matches Newcombe’s (1998) method 10 interval for 56/70 against 48/80', () => {
    // Newcombe, Statistics in Medicine 17:873–890, Table II example (a): 0.0524 to 0.3339.
    const result = compareProportions({ successes: 48, trials: 80 }, { successes: 56, trials: 70 });
    expect(result.difference).toBeCloseTo(0.2, 12);
    expect(result.interval.lower).toBeCloseTo(0.0524, 4);
    expect(result.interval.upper).toBeCloseTo(0.3339, 4);
  });

  it('computes expected cell counts from the pooled rate', () => {
    expect(minExpectedCellCount({ successes: 45, trials: 100 }, { successes: 60, trials: 100 })).toBeCloseTo(47.5, 12);
    expect(minExpectedCellCount({ successes: 0, trials: 0 }, { successes: 0, trials: 0 })).toBe(0);
  });
});

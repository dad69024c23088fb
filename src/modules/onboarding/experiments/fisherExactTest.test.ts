import { describe, expect, it } from 'vitest';
import { fisherExactTest } from './fisherExactTest.js';

// Rows are arms {successes, trials}; a table [[a, b], [c, d]] is arm 1 = a/(a+b), arm 2 = c/(c+d).
// Expected p-values from SciPy 1.17 scipy.stats.fisher_exact (two-sided, same rule as R's
// fisher.test: sum of tables no more likely than the observed one).
describe('fisherExactTest', () => {
  it("gives p = 0.4857 for Fisher's tea-tasting table [[3, 1], [1, 3]]", () => {
    // Also R's ?fisher.test TeaTasting example. By hand: the five tables with these margins have
    // probabilities 1, 16, 36, 16, 1 (/70); those ≤ 16/70 sum to 34/70.
    expect(fisherExactTest({ successes: 3, trials: 4 }, { successes: 1, trials: 4 })).toBeCloseTo(34 / 70, 12);
  });

  it('gives p = 0.002759 for [[1, 9], [11, 3]]', () => {
    expect(fisherExactTest({ successes: 1, trials: 10 }, { successes: 11, trials: 14 })).toBeCloseTo(
      0.0027594561852,
      12,
    );
  });

  it('gives p = 2/252 for the most extreme table [[0, 5], [5, 0]]', () => {
    // Only the two extreme tables are as unlikely, each 1 / C(10, 5).
    expect(fisherExactTest({ successes: 0, trials: 5 }, { successes: 5, trials: 5 })).toBeCloseTo(2 / 252, 12);
  });

  it('gives p = 0.06978 for [[2, 8], [7, 3]] whichever arm comes first', () => {
    const a = { successes: 2, trials: 10 };
    const b = { successes: 7, trials: 10 };
    expect(fisherExactTest(a, b)).toBeCloseTo(0.0697785186949, 12);
    expect(fisherExactTest(b, a)).toBeCloseTo(0.0697785186949, 12);
  });

  it('stays finite on large tables (log-factorials)', () => {
    expect(fisherExactTest({ successes: 500, trials: 1000 }, { successes: 520, trials: 1000 })).toBeCloseTo(
      0.395399678094,
      9,
    );
  });

  it('gives 1 when nothing can differ', () => {
    expect(fisherExactTest({ successes: 0, trials: 3 }, { successes: 0, trials: 7 })).toBe(1);
  });
});

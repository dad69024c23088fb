import { describe, expect, it } from 'vitest';
import { estimateProportion } from './estimateProportion.js';

// Expected intervals from SciPy 1.17: scipy.stats.binomtest(k, n).proportion_ci(0.95, method='wilson').
describe('estimateProportion', () => {
  it('gives the Wilson score interval of 81/263', () => {
    const result = estimateProportion({ successes: 81, trials: 263 });
    expect(result.rate).toBeCloseTo(81 / 263, 12);
    expect(result.interval.lower).toBeCloseTo(0.2552885199, 8);
    expect(result.interval.upper).toBeCloseTo(0.366209577, 8);
    expect(result.confidence).toBe(0.95);
  });

  it('keeps the interval inside [0, 1] at 0 and at every success', () => {
    const none = estimateProportion({ successes: 0, trials: 10 });
    expect(none.interval.lower).toBe(0);
    expect(none.interval.upper).toBeCloseTo(0.2775327999, 8);
    const all = estimateProportion({ successes: 10, trials: 10 });
    expect(all.interval.lower).toBeCloseTo(0.7224672001, 8);
    expect(all.interval.upper).toBe(1);
  });

  it('widens with the confidence level', () => {
    const at95 = estimateProportion({ successes: 81, trials: 263 });
    const at99 = estimateProportion({ successes: 81, trials: 263 }, 0.99);
    expect(at99.interval.lower).toBeLessThan(at95.interval.lower);
    expect(at99.interval.upper).toBeGreaterThan(at95.interval.upper);
  });

  it('rejects empty arms and impossible counts', () => {
    expect(() => estimateProportion({ successes: 0, trials: 0 })).toThrow(RangeError);
    expect(() => estimateProportion({ successes: 5, trials: 4 })).toThrow(RangeError);
    expect(() => estimateProportion({ successes: 1.5, trials: 4 })).toThrow(RangeError);
    expect(() => estimateProportion({ successes: 1, trials: 4 }, 1)).toThrow(RangeError);
  });
});

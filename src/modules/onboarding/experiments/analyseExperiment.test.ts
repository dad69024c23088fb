import { describe, expect, it } from 'vitest';
import { analyseExperiment } from './analyseExperiment.js';

// baseline 20 %, lift 5 points, alpha 0.05, power 0.8 → 1,094 members per arm.
const design = { baselineRate: 0.2, minimumDetectableEffect: 0.05 };

describe('analyseExperiment', () => {
  it('shows only counts and the members still needed while an arm is short', () => {
    const result = analyseExperiment(
      { variantId: 'control', successes: 150, trials: 1100 },
      { variantId: 'short-welcome', successes: 400, trials: 1000 },
      design,
    );
    expect(result).toEqual({
      status: 'collecting',
      requiredPerArm: 1094,
      control: { variantId: 'control', successes: 150, trials: 1100, remaining: 0 },
      treatment: { variantId: 'short-welcome', successes: 400, trials: 1000, remaining: 94 },
    });
  });

  it('gives rates, the comparison and a verdict once both arms are complete', () => {
    const result = analyseExperiment(
      { variantId: 'control', successes: 219, trials: 1100 },
      { variantId: 'short-welcome', successes: 290, trials: 1100 },
      design,
    );
    if (result.status !== 'complete') throw new Error(`expected complete, got ${result.status}`);
    expect(result.treatment.variantId).toBe('short-welcome');
    expect(result.treatment.rate).toBeCloseTo(290 / 1100, 12);
    expect(result.comparison.test).toBe('two_proportion_z');
    // SciPy 1.17 chi2_contingency([[219, 881], [290, 810]], correction=False).pvalue
    expect(result.comparison.pValue).toBeCloseTo(0.00033126, 7);
    expect(result.significant).toBe(true);
  });

  it('says not significant when p is above alpha', () => {
    const result = analyseExperiment(
      { variantId: 'control', successes: 220, trials: 1100 },
      { variantId: 'short-welcome', successes: 240, trials: 1100 },
      design,
    );
    if (result.status !== 'complete') throw new Error(`expected complete, got ${result.status}`);
    // SciPy 1.17 chi2_contingency([[220, 880], [240, 860]], correction=False).pvalue
    expect(result.comparison.pValue).toBeCloseTo(0.29438678, 7);
    expect(result.significant).toBe(false);
  });

  it('rejects impossible counts', () => {
    expect(() =>
      analyseExperiment(
        { variantId: 'control', successes: 12, trials: 10 },
        { variantId: 'b', successes: 1, trials: 10 },
        design,
      ),
    ).toThrow(/control/);
  });
});

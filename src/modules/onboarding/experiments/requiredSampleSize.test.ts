import { describe, expect, it } from 'vitest';
import { requiredSampleSize } from './requiredSampleSize.js';

describe('requiredSampleSize', () => {
  it('needs 1,094 members per arm to detect 20 % → 25 % at alpha 0.05, power 0.8', () => {
    // n = (z.975·√(2·p̄q̄) + z.8·√(p1q1 + p2q2))² / (p2 − p1)² = 1093.739 (SciPy 1.17 norm.ppf),
    // confirmed by solving power(n) = 0.8 for n with scipy.optimize.brentq (1093.739, as R's
    // power.prop.test computes it). The 1,091 sometimes quoted is the unpooled-variance variant,
    // (z.975 + z.8)²·(p1q1 + p2q2) / (p2 − p1)² = 1090.99.
    expect(requiredSampleSize(0.2, 0.05)).toBe(1094);
  });

  it('needs more members for a stricter alpha and a higher power', () => {
    // Same formula and check: 1299.472 for 10 % → 15 %, alpha 0.01, power 0.9.
    expect(requiredSampleSize(0.1, 0.05, 0.01, 0.9)).toBe(1300);
  });

  it('rejects rates and effects outside (0, 1)', () => {
    expect(() => requiredSampleSize(0, 0.05)).toThrow(RangeError);
    expect(() => requiredSampleSize(0.2, 0)).toThrow(RangeError);
    expect(() => requiredSampleSize(0.2, 0.8)).toThrow(RangeError);
    expect(() => requiredSampleSize(0.2, 0.05, 0)).toThrow(RangeError);
    expect(() => requiredSampleSize(0.2, 0.05, 0.05, 1)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { exponentialBackoff } from './exponentialBackoff.js';

describe('exponentialBackoff', () => {
  it('waits 10 s after the first failure, doubling each time, never more than an hour', () => {
    expect([1, 2, 3, 4].map(exponentialBackoff)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(exponentialBackoff(9)).toBe(2_560_000);
    expect(exponentialBackoff(10)).toBe(60 * 60_000);
    expect(exponentialBackoff(1_000)).toBe(60 * 60_000);
  });
});

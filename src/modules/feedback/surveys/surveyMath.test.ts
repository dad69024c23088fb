import { describe, expect, it } from 'vitest';
import { meanOf, npsOf } from './surveyMath.js';

describe('npsOf', () => {
  it('splits 0–10 answers into detractors 0–6, passives 7–8, promoters 9–10', () => {
    expect(npsOf([0, 6, 7, 8, 9, 10])).toEqual({ responses: 6, promoters: 2, passives: 2, detractors: 2, nps: 0 });
  });

  it('scores % promoters − % detractors, rounded', () => {
    // 2 promoters, 1 passive, 0 detractors of 3: 66.67 → 67.
    expect(npsOf([9, 10, 7]).nps).toBe(67);
    // 1 promoter, 2 detractors of 3: −33.33 → −33.
    expect(npsOf([10, 0, 5]).nps).toBe(-33);
    expect(npsOf([10, 10]).nps).toBe(100);
    expect(npsOf([1, 2, 3]).nps).toBe(-100);
  });

  it('never answers −0 and gives null without answers', () => {
    expect(Object.is(npsOf([7, 8]).nps, 0)).toBe(true);
    expect(npsOf([])).toEqual({ responses: 0, promoters: 0, passives: 0, detractors: 0, nps: null });
  });

  it('ignores values outside 0–10 or not whole', () => {
    expect(npsOf([11, -1, 9.5, Number.NaN, 9])).toEqual({
      responses: 1,
      promoters: 1,
      passives: 0,
      detractors: 0,
      nps: 100,
    });
  });
});

describe('meanOf', () => {
  it('averages to two decimals, null without answers', () => {
    expect(meanOf([7, 10])).toBe(8.5);
    expect(meanOf([1, 2, 2])).toBe(1.67);
    expect(meanOf([])).toBeNull();
    expect(meanOf([4, Number.NaN])).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_RANGE_DAYS, resolveDayRange, resolveDays } from './dayRange.js';

const DAY = 86_400_000;
/** 2026-03-10T15:00:00Z: day 20522. */
const NOW = Date.UTC(2026, 2, 10, 15);
const TODAY = Math.floor(NOW / DAY);

describe('resolveDays', () => {
  it('fills missing ends around today, or as the last N days ending on `to`', () => {
    expect(resolveDays({}, NOW, { before: 30, after: 60 })).toEqual({ fromDay: TODAY - 30, toDay: TODAY + 60 });
    expect(resolveDays({}, NOW, { lastDays: 30 })).toEqual({ fromDay: TODAY - 29, toDay: TODAY });
    const to = Date.UTC(2026, 0, 31) / DAY;
    expect(resolveDays({ to: '2026-01-31' }, NOW, { lastDays: 7 })).toEqual({ fromDay: to - 6, toDay: to });
    // Around today, a given `to` does not move the default `from`.
    expect(resolveDays({ to: '2026-01-31' }, NOW, { before: 100, after: 0 })).toEqual({
      fromDay: TODAY - 100,
      toDay: to,
    });
    expect(resolveDays({ from: '2026-01-01', to: '2026-01-01' }, NOW, { lastDays: 30 })).toEqual({
      fromDay: to - 30,
      toDay: to - 30,
    });
  });

  it('refuses unreal dates, reversed ranges and ranges longer than the limit', () => {
    expect(resolveDays({ from: '2026-02-30x' }, NOW, { lastDays: 30 })).toEqual({
      error: 'from and to must be real dates (YYYY-MM-DD).',
    });
    expect(resolveDays({ from: '2026-02-02', to: '2026-02-01' }, NOW, { lastDays: 30 })).toEqual({
      error: 'from must be on or before to.',
    });
    expect(resolveDays({ from: '2024-01-01', to: '2025-12-31' }, NOW, { lastDays: 30 })).toEqual({
      fromDay: Date.UTC(2024, 0, 1) / DAY,
      toDay: Date.UTC(2025, 11, 31) / DAY,
    });
    expect(resolveDays({ from: '2024-01-01', to: '2026-01-01' }, NOW, { lastDays: 30 })).toEqual({
      error: `A range covers at most ${MAX_RANGE_DAYS} days.`,
    });
  });
});

describe('resolveDayRange', () => {
  it('gives the days as dates and a half-open span of epoch ms', () => {
    expect(resolveDayRange({ from: '2026-01-01', to: '2026-01-31' }, NOW, { before: 0, after: 0 })).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      fromMs: Date.UTC(2026, 0, 1),
      toMs: Date.UTC(2026, 1, 1),
    });
    expect(resolveDayRange({ to: 'soon' }, NOW, { lastDays: 7 })).toEqual({
      error: 'from and to must be real dates (YYYY-MM-DD).',
    });
  });
});

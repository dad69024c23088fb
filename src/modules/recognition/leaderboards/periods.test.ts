import { describe, expect, it } from 'vitest';
import { periodAt, periodKeysAt } from './periods.js';

const seasons = { seasonLength: 91 * 86_400_000, seasonStart: '2026-01-05' };

describe('periods', () => {
  it('cuts weeks on Mondays and months on the 1st, in UTC', () => {
    const wednesday = Date.UTC(2026, 2, 4, 12);
    expect(periodAt('week', wednesday, seasons)).toEqual({
      period: 'week',
      key: 'week:2026-03-02',
      label: 'week of 2026-03-02',
      start: Date.UTC(2026, 2, 2),
      end: Date.UTC(2026, 2, 9),
    });
    expect(periodAt('week', Date.UTC(2026, 2, 8, 23, 59), seasons).key).toBe('week:2026-03-02');
    expect(periodAt('week', Date.UTC(2026, 2, 9), seasons).key).toBe('week:2026-03-09');
    expect(periodAt('month', wednesday, seasons)).toMatchObject({
      key: 'month:2026-03',
      label: 'March 2026',
      start: Date.UTC(2026, 2, 1),
      end: Date.UTC(2026, 3, 1),
    });
    expect(periodAt('month', Date.UTC(2026, 11, 31, 23), seasons).end).toBe(Date.UTC(2027, 0, 1));
  });

  it('numbers seasons from the season start', () => {
    expect(periodAt('season', Date.UTC(2026, 0, 5), seasons).key).toBe('season:1');
    expect(periodAt('season', Date.UTC(2026, 3, 5, 23), seasons).key).toBe('season:1');
    expect(periodAt('season', Date.UTC(2026, 3, 6), seasons)).toMatchObject({
      key: 'season:2',
      start: Date.UTC(2026, 3, 6),
      end: Date.UTC(2026, 6, 6),
    });
    expect(periodAt('season', Date.UTC(2025, 11, 31), seasons).key).toBe('season:0');
  });

  it('lists every period an award counts in', () => {
    expect(periodKeysAt(Date.UTC(2026, 2, 4, 12), seasons)).toEqual([
      'all',
      'week:2026-03-02',
      'month:2026-03',
      'season:1',
    ]);
  });
});

import type { Period } from '../config/LeaderboardsConfig.js';

const DAY = 86_400_000;
/** Built once: a formatter per call cost more than the rest of an award. */
const MONTH_LABEL = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** How seasons are cut: consecutive runs of `seasonLength` from `seasonStart` (UTC). */
export interface SeasonSettings {
  /** Milliseconds, a whole number of days. */
  seasonLength: number;
  /** YYYY-MM-DD. */
  seasonStart: string;
}

/** One period: its stored key, its label, and its bounds (epoch ms, end exclusive). */
export interface PeriodWindow {
  period: Period;
  key: string;
  label: string;
  start: number;
  end: number;
}

/**
 * The period of `period` containing `at`: weeks start on Monday and months on the 1st (UTC),
 * seasons follow each other from the season start, `all` is all time.
 * @param period - week, month, season or all
 * @param at - epoch ms
 * @param seasons - season settings
 */
export function periodAt(period: Period, at: number, seasons: SeasonSettings): PeriodWindow {
  const day = Math.floor(at / DAY);
  switch (period) {
    case 'week': {
      // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
      const monday = day - ((((day + 3) % 7) + 7) % 7);
      const date = isoDate(monday * DAY);
      return { period, key: `week:${date}`, label: `week of ${date}`, start: monday * DAY, end: (monday + 7) * DAY };
    }
    case 'month': {
      const d = new Date(at);
      const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      const month = isoDate(start).slice(0, 7);
      const label = MONTH_LABEL.format(start);
      return { period, key: `month:${month}`, label, start, end };
    }
    case 'season': {
      const first = Math.floor(Date.parse(`${seasons.seasonStart}T00:00:00Z`) / DAY);
      const days = Math.max(1, Math.round(seasons.seasonLength / DAY));
      const index = Math.floor((day - first) / days);
      const start = (first + index * days) * DAY;
      return {
        period,
        key: `season:${index + 1}`,
        label: `season ${index + 1}`,
        start,
        end: start + days * DAY,
      };
    }
    case 'all':
      return { period, key: 'all', label: 'all time', start: 0, end: Number.MAX_SAFE_INTEGER };
  }
}

/**
 * The stored keys of every period containing `at` (what an award at `at` adds to).
 * @param at - epoch ms
 * @param seasons - season settings
 */
export function periodKeysAt(at: number, seasons: SeasonSettings): string[] {
  return (['all', 'week', 'month', 'season'] as const).map((p) => periodAt(p, at, seasons).key);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

import {
  addDays,
  addMonths,
  addWeeks,
  format,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import { DAY_MS } from '../AnalyticsTables.js';
import type { DayRange } from '../metrics/DayRange.js';

/** The staff reports: daily summary, weekly growth report, monthly health report. */
export const REPORT_KINDS = ['daily', 'weekly', 'monthly'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** One period a report covers (UTC calendar days). */
export interface ReportPeriod {
  kind: ReportKind;
  /** Stored key: `2026-03-03`, `2026-W10`, `2026-03`. */
  key: string;
  /** For people: `Tuesday 3 March 2026`, `week of 2026-03-02 (2026-W10)`, `March 2026`. */
  label: string;
  /** Its days, both ends included. */
  range: DayRange;
  /** Epoch ms of its first instant and of the instant after it. */
  start: number;
  end: number;
}

// date-fns works on calendar dates in the process's time zone: a UTC day is handed to it as
// that same calendar date at local midnight and read back the same way, so its calendar math
// (ISO weeks, month lengths) is exact whatever the zone and without DST effects.
function calendarDate(ms: number): Date {
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function utcMs(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

/**
 * The ISO week key of a UTC time: `2026-W10`.
 * @param at - epoch ms
 */
export function isoWeekKey(at: number): string {
  const date = calendarDate(at);
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/**
 * The period of a report kind containing `at`: the UTC day, the ISO week (Monday to Sunday)
 * or the calendar month.
 * @param kind - daily, weekly or monthly
 * @param at - epoch ms
 */
export function periodContaining(kind: ReportKind, at: number): ReportPeriod {
  const date = calendarDate(at);
  let first: Date;
  let next: Date;
  let key: string;
  let label: string;
  switch (kind) {
    case 'daily':
      first = date;
      next = addDays(date, 1);
      key = format(date, 'yyyy-MM-dd');
      label = format(date, 'EEEE d MMMM yyyy');
      break;
    case 'weekly':
      first = startOfISOWeek(date);
      next = addWeeks(first, 1);
      key = isoWeekKey(at);
      label = `week of ${format(first, 'yyyy-MM-dd')} (${key})`;
      break;
    case 'monthly':
      first = startOfMonth(date);
      next = addMonths(first, 1);
      key = format(first, 'yyyy-MM');
      label = format(first, 'MMMM yyyy');
      break;
  }
  const start = utcMs(first);
  const end = utcMs(next);
  return { kind, key, label, start, end, range: { fromDay: start / DAY_MS, toDay: end / DAY_MS - 1 } };
}

/**
 * The last period of a kind that is over at `now` (yesterday, last week, last month): what a
 * report posted now covers.
 * @param kind - daily, weekly or monthly
 * @param now - epoch ms
 */
export function lastCompletePeriod(kind: ReportKind, now: number): ReportPeriod {
  return periodContaining(kind, periodContaining(kind, now).start - 1);
}

/**
 * When the report of a period is posted: `hourUtc` on the day after it ends.
 * @param period - the period
 * @param hourUtc - hour of day (UTC)
 */
export function postTime(period: ReportPeriod, hourUtc: number): number {
  return period.end + hourUtc * 3_600_000;
}

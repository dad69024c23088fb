import { TZDate } from '@date-fns/tz';
import type { FeedbackConfig } from '../FeedbackConfig.js';

/** The configured weekday as `Date.getDay()` numbers it (Sunday 0). */
const WEEKDAY_NUMBERS: Record<FeedbackConfig['report']['weekday'], number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** A period a report covers: `[from, to)` in epoch ms, and its first local day as the week's key. */
export interface ReportWeek {
  /** First local day (`YYYY-MM-DD` in `feedback.timezone`): the `feedback_reports` key. */
  week: string;
  from: number;
  to: number;
}

/** Local midnight `days` days after the local day of `at`, in `timeZone` (DST-safe: built from wall-clock fields). */
function localMidnight(at: number, timeZone: string, days = 0): TZDate {
  const local = new TZDate(at, timeZone);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, 0, 0, timeZone);
}

/**
 * A local date as `YYYY-MM-DD`.
 * @param at - epoch ms
 * @param timeZone - IANA name
 */
export function localDay(at: number, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * When the next weekly report is due strictly after `after`: `report.weekday` at `report.hour`
 * o'clock in `feedback.timezone` (09:00 stays 09:00 local across DST).
 * @param config - the module's config
 * @param after - epoch ms
 */
export function nextReportAt(config: FeedbackConfig, after: number): number {
  const zone = config.timezone;
  const local = new TZDate(after, zone);
  const target = WEEKDAY_NUMBERS[config.report.weekday];
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + ahead, 0, 0, zone);
    if (day.getDay() !== target) continue;
    const at = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), config.report.hour, 0, zone).getTime();
    if (at > after) return at;
  }
  // The same weekday a week on (the candidate today was not later than `after`).
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 7, config.report.hour, 0, zone).getTime();
}

/**
 * The seven local days before the day of `at`: what the report posted at `at` covers.
 * @param at - when the report is posted (epoch ms)
 * @param timeZone - `feedback.timezone`
 */
export function weekBefore(at: number, timeZone: string): ReportWeek {
  const to = localMidnight(at, timeZone).getTime();
  const from = localMidnight(at, timeZone, -7).getTime();
  return { week: localDay(from, timeZone), from, to };
}

/**
 * The current report week up to `now`: from local midnight of the latest `report.weekday`
 * (today included) to `now`; what `/feedback-staff report` shows.
 * @param config - the module's config
 * @param now - epoch ms
 */
export function weekSoFar(config: FeedbackConfig, now: number): ReportWeek {
  const zone = config.timezone;
  const target = WEEKDAY_NUMBERS[config.report.weekday];
  const today = new TZDate(now, zone).getDay();
  const from = localMidnight(now, zone, -((today - target + 7) % 7)).getTime();
  return { week: localDay(from, zone), from, to: now };
}

/**
 * The whole report week holding a local day: from local midnight of the latest
 * `report.weekday` on or before it, seven local days (DST-correct); the period the report
 * posted after it covers (`weekBefore`). For the dashboard's `?week=`.
 * @param config - the module's config (time zone, report weekday)
 * @param day - a local date `YYYY-MM-DD`
 */
export function reportWeekHolding(config: FeedbackConfig, day: string): ReportWeek {
  const zone = config.timezone;
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const noon = new TZDate(year, month - 1, date, 12, 0, zone).getTime();
  const { week, from } = weekSoFar(config, noon);
  return { week, from, to: localMidnight(from, zone, 7).getTime() };
}

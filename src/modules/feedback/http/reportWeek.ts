import { TZDate } from '@date-fns/tz';
import type { FeedbackConfig } from '../FeedbackConfig.js';
import type { ReportWeek } from '../reports/reportWeek.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const DAY_MS = 86_400_000;

const isoOfUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The whole report week holding a local day: it starts on `feedback.report.weekday` at local
 * midnight in `feedback.timezone` and lasts seven local days (DST-correct), the period the
 * report posted after it covers (`weekBefore` of reports/).
 * @param config - the module's config (time zone, report weekday)
 * @param day - a local date `YYYY-MM-DD`
 */
export function reportWeekHolding(config: FeedbackConfig, day: string): ReportWeek {
  const zone = config.timezone;
  // The local date as a UTC midnight: day arithmetic on calendar dates, no zone involved.
  const date = Date.parse(`${day}T00:00:00Z`);
  const back = (new Date(date).getUTCDay() - WEEKDAYS.indexOf(config.report.weekday) + 7) % 7;
  const start = date - back * DAY_MS;
  const midnight = (utcDate: number): number => {
    const d = new Date(utcDate);
    return new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), zone).getTime();
  };
  return { week: isoOfUtc(start), from: midnight(start), to: midnight(start + 7 * DAY_MS) };
}

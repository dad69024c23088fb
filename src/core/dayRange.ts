const DAY_MS = 86_400_000;

/** The longest range a dashboard request may ask for, in days. */
export const MAX_RANGE_DAYS = 731;

/** A request's range of UTC days, both included: from `fromMs` (included) to `toMs` (excluded). */
export interface DayRangeMs {
  /** `YYYY-MM-DD`. */
  from: string;
  to: string;
  fromMs: number;
  toMs: number;
}

/** A request's range as UTC day numbers (days since 1970-01-01), both included. */
export interface DayNumbers {
  fromDay: number;
  toDay: number;
}

/**
 * Where a range's missing ends fall: `before` and `after` days around today (UTC), or the
 * `lastDays` days ending on `to` (today when `to` is missing too).
 */
export type RangeDefaults = { before: number; after: number } | { lastDays: number };

const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/**
 * A UTC day number as `YYYY-MM-DD`.
 * @param day - days since 1970-01-01
 */
export const isoOfDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The days of a dashboard request (`from` and `to`, `YYYY-MM-DD`, both included), its missing
 * ends filled by `defaults`; refused when a date is not real, the range is reversed, or it is
 * longer than {@link MAX_RANGE_DAYS}. One rule for every dashboard page.
 * @param query - `from` and `to`
 * @param now - epoch ms
 * @param defaults - where missing ends fall
 * @returns the days, or a sentence saying why the range is refused
 */
export function resolveDays(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
  defaults: RangeDefaults,
): DayNumbers | { error: string } {
  const today = Math.floor(now / DAY_MS);
  const byToday = 'before' in defaults;
  const toDay = query.to !== undefined ? dayOf(query.to) : byToday ? today + defaults.after : today;
  const fromDay =
    query.from !== undefined ? dayOf(query.from) : byToday ? today - defaults.before : toDay - defaults.lastDays + 1;
  if (Number.isNaN(toDay) || Number.isNaN(fromDay)) return { error: 'from and to must be real dates (YYYY-MM-DD).' };
  if (fromDay > toDay) return { error: 'from must be on or before to.' };
  if (toDay - fromDay + 1 > MAX_RANGE_DAYS) return { error: `A range covers at most ${MAX_RANGE_DAYS} days.` };
  return { fromDay, toDay };
}

/**
 * {@link resolveDays} as dates and epoch ms: from `fromMs` (included) to `toMs` (excluded).
 * @param query - `from` and `to`
 * @param now - epoch ms
 * @param defaults - where missing ends fall
 * @returns the range, or a sentence saying why it is refused
 */
export function resolveDayRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
  defaults: RangeDefaults,
): DayRangeMs | { error: string } {
  const days = resolveDays(query, now, defaults);
  if ('error' in days) return days;
  return {
    from: isoOfDayNumber(days.fromDay),
    to: isoOfDayNumber(days.toDay),
    fromMs: days.fromDay * DAY_MS,
    toMs: (days.toDay + 1) * DAY_MS,
  };
}

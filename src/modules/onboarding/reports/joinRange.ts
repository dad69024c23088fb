import { isoOfDayNumber, resolveDays } from '../../../core/dayRange.js';

/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

/** Days in the default range (ending today). */
export const DEFAULT_RANGE_DAYS = 30;

/** Joins from `fromMs` (included) to `toMs` (excluded), named by their first and last UTC day. */
export interface JoinRange {
  from: string;
  to: string;
  days: number;
  fromMs: number;
  toMs: number;
}

/**
 * The join range of a request: `to` defaults to today (UTC), `from` to 29 days before `to`
 * (`resolveDays`, the rule of every dashboard page).
 * @param query - the request's `from` and `to` (`YYYY-MM-DD`)
 * @param now - epoch ms
 * @returns the range, or a sentence saying why it is refused
 */
export function resolveJoinRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
): JoinRange | { error: string } {
  const range = resolveDays(query, now, { lastDays: DEFAULT_RANGE_DAYS });
  if ('error' in range) return range;
  const { fromDay, toDay } = range;
  return {
    from: isoOfDayNumber(fromDay),
    to: isoOfDayNumber(toDay),
    days: toDay - fromDay + 1,
    fromMs: fromDay * DAY_MS,
    toMs: (toDay + 1) * DAY_MS,
  };
}

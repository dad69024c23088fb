import { dayOf } from '../AnalyticsTables.js';
import { dayOfIso, type DayRange } from '../metrics/DayRange.js';
import type { DateRangeQuery } from './AnalyticsApi.js';

/** The longest range a request may ask for, in days. */
export const MAX_RANGE_DAYS = 731;

/** Days in the default range (ending today). */
export const DEFAULT_RANGE_DAYS = 30;

/**
 * The day range of a request: `to` defaults to today (UTC), `from` to 29 days before `to`.
 * @param query - the request's `from` and `to`
 * @param now - epoch ms
 * @returns the range, or a sentence saying why it is refused
 */
export function resolveRange(query: DateRangeQuery, now: number): DayRange | { error: string } {
  const toDay = query.to === undefined ? dayOf(now) : dayOfIso(query.to);
  const fromDay = query.from === undefined ? toDay - DEFAULT_RANGE_DAYS + 1 : dayOfIso(query.from);
  if (Number.isNaN(toDay) || Number.isNaN(fromDay)) return { error: 'from and to must be real dates (YYYY-MM-DD).' };
  if (fromDay > toDay) return { error: 'from must be on or before to.' };
  if (toDay - fromDay + 1 > MAX_RANGE_DAYS) return { error: `A range covers at most ${MAX_RANGE_DAYS} days.` };
  return { fromDay, toDay };
}

import { resolveDays } from '../../../core/dayRange.js';
import type { DayRange } from '../metrics/DayRange.js';
import type { DateRangeQuery } from './AnalyticsApi.js';

/** Days in the default range (ending today). */
export const DEFAULT_RANGE_DAYS = 30;

/**
 * The day range of a request: `to` defaults to today (UTC), `from` to 29 days before `to`
 * (`resolveDays`, the rule of every dashboard page).
 * @param query - the request's `from` and `to`
 * @param now - epoch ms
 * @returns the range, or a sentence saying why it is refused
 */
export function resolveRange(query: DateRangeQuery, now: number): DayRange | { error: string } {
  return resolveDays(query, now, { lastDays: DEFAULT_RANGE_DAYS });
}

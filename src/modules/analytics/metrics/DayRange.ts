import { DAY_MS } from '../AnalyticsTables.js';

/** A range of UTC days (days since the epoch), both ends included. */
export interface DayRange {
  fromDay: number;
  toDay: number;
}

/**
 * The number of days in a range (0 when it is empty).
 * @param range - the days
 */
export function rangeLength(range: DayRange): number {
  return Math.max(0, range.toDay - range.fromDay + 1);
}

/**
 * The `YYYY-MM-DD` date of a UTC day number.
 * @param day - days since the epoch
 */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The UTC day number of a `YYYY-MM-DD` date.
 * @param iso - the date
 */
export function dayOfIso(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/**
 * The Monday (UTC) of the ISO week a day falls in. Day 0, 1970-01-01, was a Thursday.
 * @param day - days since the epoch
 */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * The 7 complete UTC days before the day of `now` (yesterday and the 6 before it): the window
 * of the KPIs, so a day still under way never lowers a daily figure.
 * @param now - epoch ms
 */
export function lastCompleteWeek(now: number): DayRange {
  const yesterday = Math.floor(now / DAY_MS) - 1;
  return { fromDay: yesterday - 6, toDay: yesterday };
}

/**
 * A ratio, or null when the denominator is 0.
 * @param numerator - the part
 * @param denominator - the whole
 */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

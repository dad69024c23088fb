import { isValid, parseISO } from 'date-fns';

/** The preset ranges the picker offers, in days, and `custom` (two dates). */
export const RANGE_PRESETS = ['7', '30', '90'] as const;

/** A preset (`7`, `30`, `90` days ending today) or `custom`. */
export type RangePreset = (typeof RANGE_PRESETS)[number] | 'custom';

/** The page's date range: both ends included, UTC calendar dates `YYYY-MM-DD`. */
export interface DateRangeChoice {
  preset: RangePreset;
  from: string;
  to: string;
}

/** The API's limit on a range (731 days). */
export const MAX_RANGE_DAYS = 731;

const DEFAULT_PRESET = '30';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today's UTC date, `YYYY-MM-DD` (analytics counts UTC days).
 * @param now - epoch ms
 */
export function utcToday(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/**
 * Adds days to a UTC date. UTC days are all 24 h long, so this is plain arithmetic (date-fns'
 * addDays works in the browser's zone, where a DST change would shift the result).
 * @param date - `YYYY-MM-DD`
 * @param days - how many days, negative to go back
 */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Days from `from` to `to`, both included.
 * @param from - first day
 * @param to - last day
 */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

function validDate(value: string | null): value is string {
  return value !== null && ISO_DATE.test(value) && isValid(parseISO(`${value}T00:00:00Z`));
}

/**
 * The range the URL asks for: `?range=7|30|90` (ending today, UTC) or `?from=…&to=…` (custom).
 * Anything malformed, reversed or longer than the API allows falls back to the last 30 days.
 * @param params - the page's query string
 * @param now - epoch ms
 */
export function readDateRange(params: URLSearchParams, now: number): DateRangeChoice {
  const today = utcToday(now);
  const from = params.get('from');
  const to = params.get('to');
  if (validDate(from) && validDate(to)) {
    const days = daysInRange(from, to);
    if (days >= 1 && days <= MAX_RANGE_DAYS) return { preset: 'custom', from, to };
  }
  const preset = RANGE_PRESETS.find((p) => p === params.get('range')) ?? DEFAULT_PRESET;
  return presetRange(preset, today);
}

/**
 * The preset's range ending on `today`.
 * @param preset - 7, 30 or 90 days
 * @param today - the last day
 */
export function presetRange(preset: (typeof RANGE_PRESETS)[number], today: string): DateRangeChoice {
  return { preset, from: shiftDate(today, -(Number(preset) - 1)), to: today };
}

/**
 * The query string for a range, leaving out the default (`/analytics` is the last 30 days).
 * A preset keeps its name (a shared link moves with the days); a custom range its dates.
 * @param range - the range
 */
export function dateRangeSearchParams(range: DateRangeChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (range.preset === 'custom') {
    params.set('from', range.from);
    params.set('to', range.to);
  } else if (range.preset !== DEFAULT_PRESET) {
    params.set('range', range.preset);
  }
  return params;
}

/**
 * The API's query string for a range: `from=…&to=…`.
 * @param range - the range
 */
export function rangeQuery(range: Pick<DateRangeChoice, 'from' | 'to'>): string {
  return new URLSearchParams({ from: range.from, to: range.to }).toString();
}

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const FULL_LABEL = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A short label for a UTC date: `3 Nov`.
 * @param date - `YYYY-MM-DD`
 */
export function shortDate(date: string): string {
  return DAY_LABEL.format(parseISO(`${date}T00:00:00Z`));
}

/**
 * A label with the year: `3 Nov 2026`.
 * @param date - `YYYY-MM-DD`
 */
export function longDate(date: string): string {
  return FULL_LABEL.format(parseISO(`${date}T00:00:00Z`));
}

/**
 * Epoch seconds of a UTC date at midnight (uPlot's time axis).
 * @param date - `YYYY-MM-DD`
 */
export function dateSeconds(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

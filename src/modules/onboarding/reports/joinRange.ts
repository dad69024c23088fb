/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

/** The longest range a request may ask for, in days (as analytics). */
export const MAX_RANGE_DAYS = 731;

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

function dayOfIso(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The join range of a request: `to` defaults to today (UTC), `from` to 29 days before `to`.
 * @param query - the request's `from` and `to` (`YYYY-MM-DD`)
 * @param now - epoch ms
 * @returns the range, or a sentence saying why it is refused
 */
export function resolveJoinRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
): JoinRange | { error: string } {
  const toDay = query.to === undefined ? Math.floor(now / DAY_MS) : dayOfIso(query.to);
  const fromDay = query.from === undefined ? toDay - DEFAULT_RANGE_DAYS + 1 : dayOfIso(query.from);
  if (Number.isNaN(toDay) || Number.isNaN(fromDay)) return { error: 'from and to must be real dates (YYYY-MM-DD).' };
  if (fromDay > toDay) return { error: 'from must be on or before to.' };
  const days = toDay - fromDay + 1;
  if (days > MAX_RANGE_DAYS) return { error: `A range covers at most ${MAX_RANGE_DAYS} days.` };
  return { from: isoOfDay(fromDay), to: isoOfDay(toDay), days, fromMs: fromDay * DAY_MS, toMs: (toDay + 1) * DAY_MS };
}

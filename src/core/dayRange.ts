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

const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The range of a dashboard request (`from` and `to`, `YYYY-MM-DD`, both included): a missing
 * end defaults to today (UTC) minus `before` or plus `after` days.
 * @param query - `from` and `to`
 * @param now - epoch ms
 * @param defaults - days before and after today when an end is missing
 * @returns the range, or a sentence saying why it is refused
 */
export function resolveDayRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
  defaults: { before: number; after: number },
): DayRangeMs | { error: string } {
  const today = Math.floor(now / DAY_MS);
  const toDay = query.to === undefined ? today + defaults.after : dayOf(query.to);
  const fromDay = query.from === undefined ? today - defaults.before : dayOf(query.from);
  if (Number.isNaN(toDay) || Number.isNaN(fromDay)) return { error: 'from and to must be real dates (YYYY-MM-DD).' };
  if (fromDay > toDay) return { error: 'from must be on or before to.' };
  if (toDay - fromDay + 1 > MAX_RANGE_DAYS) return { error: `A range covers at most ${MAX_RANGE_DAYS} days.` };
  return { from: isoOf(fromDay), to: isoOf(toDay), fromMs: fromDay * DAY_MS, toMs: (toDay + 1) * DAY_MS };
}

const DAY_MS = 86_400_000;

/** The longest range a request may ask for, in days. */
export const MAX_RANGE_DAYS = 731;

/** Questions asked from `fromMs` (included) to `toMs` (excluded), named by their UTC days. */
export interface SupportReportRange {
  from: string;
  to: string;
  fromMs: number;
  toMs: number;
}

const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The range of a request: `to` defaults to today (UTC), `from` to 29 days before `to` (30 days).
 * @param query - `from` and `to` (`YYYY-MM-DD`, both included)
 * @param now - epoch ms
 * @returns the range, or a sentence saying why it is refused
 */
export function resolveSupportRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
): SupportReportRange | { error: string } {
  const toDay = query.to === undefined ? Math.floor(now / DAY_MS) : dayOf(query.to);
  const fromDay = query.from === undefined ? toDay - 29 : dayOf(query.from);
  if (Number.isNaN(toDay) || Number.isNaN(fromDay)) return { error: 'from and to must be real dates (YYYY-MM-DD).' };
  if (fromDay > toDay) return { error: 'from must be on or before to.' };
  if (toDay - fromDay + 1 > MAX_RANGE_DAYS) return { error: `A range covers at most ${MAX_RANGE_DAYS} days.` };
  return { from: isoOf(fromDay), to: isoOf(toDay), fromMs: fromDay * DAY_MS, toMs: (toDay + 1) * DAY_MS };
}

/** Statuses as people read them. */
export const STATUS_LABELS: Record<string, string> = {
  planned: 'Planned',
  scheduled: 'Scheduled',
  active: 'Live',
  completed: 'Ended',
  canceled: 'Cancelled',
  going: 'Going',
  maybe: 'Maybe',
  not_going: 'Not going',
  waitlisted: 'Waitlisted',
};

/**
 * A start as "Mon 2 Mar, 18:00" in the viewer's time zone.
 * @param ms - epoch ms
 */
export function eventTime(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * A time of day as "18:00" in the viewer's time zone.
 * @param ms - epoch ms
 */
export function timeOfDay(ms: number): string {
  return new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/**
 * A share as a whole percentage: 0.456 → "46%"; null → "–".
 * @param share - 0–1, or null
 */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/**
 * A mean score as "4.3"; null → "–".
 * @param mean - the mean, or null
 */
export function score(mean: number | null): string {
  return mean === null ? '–' : mean.toFixed(1);
}

/** A month as `YYYY-MM`. */
export type MonthKey = string;

/**
 * The month (`YYYY-MM`) of a date in the viewer's time zone.
 * @param ms - epoch ms
 */
export function monthOf(ms: number): MonthKey {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * A month moved by some months: ("2026-03", -1) → "2026-02".
 * @param month - `YYYY-MM`
 * @param by - months (negative: back)
 */
export function shiftMonth(month: MonthKey, by: number): MonthKey {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  return monthOf(new Date(year, m - 1 + by, 1).getTime());
}

/**
 * The days shown for a month: whole weeks from Monday, as local dates (`YYYY-MM-DD`).
 * @param month - `YYYY-MM`
 */
export function monthGrid(month: MonthKey): string[] {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  const first = new Date(year, m - 1, 1);
  const start = new Date(year, m - 1, 1 - ((first.getDay() + 6) % 7));
  const last = new Date(year, m, 0);
  const end = new Date(year, m - 1, last.getDate() + ((7 - last.getDay()) % 7));
  const days: string[] = [];
  for (let d = start; d <= end; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1))
    days.push(localDate(d.getTime()));
  return days;
}

/**
 * A local date `YYYY-MM-DD` of an instant, in the viewer's time zone.
 * @param ms - epoch ms
 */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A month's name: "March 2026".
 * @param month - `YYYY-MM`
 */
export function monthName(month: MonthKey): string {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  return new Date(year, m - 1, 1).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
}

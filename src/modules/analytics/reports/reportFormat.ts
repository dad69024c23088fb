/**
 * A ratio as a percentage with one decimal: `12.5%`; `n/a` for null.
 * @param value - a ratio (0.125), or null
 */
export function percentOf(value: number | null): string {
  return value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`;
}

/**
 * A number with one decimal at most: `3.5`, `12`.
 * @param value - any number
 */
export function decimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * A change against a previous figure: `+12 (+20%)`, `-3 (-5%)`, `+4` when the previous was 0.
 * @param now - this period
 * @param before - the period before
 */
export function changeOf(now: number, before: number): string {
  const delta = now - before;
  const sign = delta >= 0 ? '+' : '';
  return before === 0 ? `${sign}${delta}` : `${sign}${delta} (${sign}${Math.round((delta / before) * 100)}%)`;
}

/**
 * Hours shown for people: `45 min`, `3.5 h`; `n/a` for null.
 * @param hours - a duration in hours, or null
 */
export function hoursOf(hours: number | null): string {
  if (hours === null) return 'n/a';
  return hours < 1 ? `${Math.round(hours * 60)} min` : `${decimal(hours)} h`;
}

/**
 * A share as a whole percentage: 0.456 → "46%"; null → "–".
 * @param share - 0–1, or null when there is nothing to divide
 */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/**
 * A rate with one decimal: 0.0345 → "3.5%"; null → "–".
 * @param rate - a ratio, or null
 */
export function percentPrecise(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
}

/**
 * Hours as people say them: 0.25 → "15 min", 3.5 → "3.5 h"; null → "–".
 * @param hours - a duration in hours, or null
 */
export function hoursText(hours: number | null): string {
  if (hours === null) return '–';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${Number(hours.toFixed(1))} h`;
}

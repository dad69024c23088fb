/**
 * A duration as people say it: 45 s, 12 min, 5.5 h, 3.2 d; null → "–".
 * @param ms - milliseconds, or null
 */
export function durationText(ms: number | null): string {
  if (ms === null) return '–';
  const seconds = ms / 1000;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Number((seconds / 3600).toFixed(1))} h`;
  return `${Number((seconds / 86_400).toFixed(1))} d`;
}

/**
 * A share as a percentage with at most one decimal: 0.456 → "45.6%"; null → "–".
 * @param share - 0–1, or null
 */
export function percentText(share: number | null): string {
  return share === null ? '–' : `${Number((share * 100).toFixed(1))}%`;
}

/**
 * A p-value: four significant digits, "< 0.0001" below that.
 * @param p - the p-value
 */
export function pValueText(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p = ${Number(p.toPrecision(4))}`;
}

/**
 * A difference of two rates in percentage points: 0.052 → "+5.2 points", −0.3 → "−30 points".
 * @param difference - a difference of shares
 */
export function pointsText(difference: number): string {
  const points = Number((difference * 100).toFixed(1));
  return `${points > 0 ? '+' : points < 0 ? '−' : ''}${Math.abs(points)} points`;
}

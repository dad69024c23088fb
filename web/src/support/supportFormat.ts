const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration in words a person reads at a glance: `45 s`, `12 min`, `3.5 h`, `2.1 d`; `–` for none.
 * @param ms - the duration
 */
export function duration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < MINUTE) return `${Math.round(ms / 1000)} s`;
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) return `${trim(ms / HOUR)} h`;
  return `${trim(ms / DAY)} d`;
}

const trim = (value: number): string =>
  value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');

/**
 * A share as a percentage: `45%`; `–` when there is none.
 * @param share - 0–1, or null
 */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

import { format, intlFormatDistance } from 'date-fns';

/** Discord's timestamp styles: `<t:UNIX:STYLE>`; `f` when none is given. */
export type TimestampStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 'R';

/** date-fns patterns of the absolute styles, as Discord shows them in English. */
const PATTERNS: Record<Exclude<TimestampStyle, 'R'>, string> = {
  t: 'p', // 4:20 PM
  T: 'pp', // 4:20:30 PM
  d: 'P', // 04/20/2021
  D: 'MMMM d, yyyy', // April 20, 2021
  f: 'MMMM d, yyyy p', // April 20, 2021 4:20 PM
  F: 'EEEE, MMMM d, yyyy p', // Tuesday, April 20, 2021 4:20 PM
};

/**
 * Whether a string is one of Discord's timestamp styles.
 * @param value - the style letter from the markup
 */
export function isTimestampStyle(value: unknown): value is TimestampStyle {
  return typeof value === 'string' && /^[tTdDfFR]$/.test(value);
}

/**
 * A Discord timestamp as the client shows it, in the reader's time zone.
 * @param epochMs - the moment
 * @param style - `t T d D f F R`
 * @param now - the current time, for `R` ("in 5 minutes", "yesterday", "2 months ago")
 */
export function formatTimestamp(epochMs: number, style: TimestampStyle, now: number): string {
  if (style === 'R') return intlFormatDistance(epochMs, now, { locale: 'en', numeric: 'auto' });
  return format(epochMs, PATTERNS[style]);
}

/**
 * The full date and time, shown when hovering a timestamp.
 * @param epochMs - the moment
 */
export function fullTimestamp(epochMs: number): string {
  return format(epochMs, 'EEEE, MMMM d, yyyy h:mm:ss a');
}

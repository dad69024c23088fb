import { format, intlFormatDistance, type IntlFormatDistanceUnit } from 'date-fns';

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

/** Units of a relative timestamp, each used while the distance is below the next one's size. */
const RELATIVE_UNITS: [IntlFormatDistanceUnit, number][] = [
  ['second', 1_000],
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
  ['month', 30 * 86_400_000],
  ['year', 365 * 86_400_000],
];

/**
 * A relative timestamp as Discord words it: the unit follows the elapsed time ("in 2 hours"
 * even when that is after midnight), not the calendar, which would say "tomorrow".
 * @param epochMs - the moment
 * @param now - the current time
 */
function relative(epochMs: number, now: number): string {
  const distance = Math.abs(epochMs - now);
  let unit: IntlFormatDistanceUnit = 'second';
  for (const [name, size] of RELATIVE_UNITS) if (distance >= size) unit = name;
  return intlFormatDistance(epochMs, now, { locale: 'en', numeric: 'auto', unit });
}

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
  if (style === 'R') return relative(epochMs, now);
  return format(epochMs, PATTERNS[style]);
}

/**
 * The full date and time, shown when hovering a timestamp.
 * @param epochMs - the moment
 */
export function fullTimestamp(epochMs: number): string {
  return format(epochMs, 'EEEE, MMMM d, yyyy h:mm:ss a');
}

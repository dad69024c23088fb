import { format, formatDistanceStrict } from 'date-fns';

/**
 * A day, readable: "12 Mar 2025".
 * @param epochMs - the moment
 */
export function formatDay(epochMs: number): string {
  return format(epochMs, 'd MMM yyyy');
}

/**
 * A moment to the minute, readable: "12 Mar 2025, 14:05".
 * @param epochMs - the moment
 */
export function formatMoment(epochMs: number): string {
  return format(epochMs, 'd MMM yyyy, HH:mm');
}

/**
 * How long ago a moment was, in words: "3 days ago", "just now" under a minute.
 * @param epochMs - the moment
 * @param now - the current time
 */
export function formatAgo(epochMs: number, now: number): string {
  if (now - epochMs < 60_000) return 'just now';
  return formatDistanceStrict(epochMs, now, { addSuffix: true });
}

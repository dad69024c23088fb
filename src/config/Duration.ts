import { z } from 'zod';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
type Unit = keyof typeof UNIT_MS;

const PATTERN = /^(\d{1,6})\s*(s|m|h|d|w)$/;

/**
 * Reads a duration as people write it in community.yaml and commands: `30s`, `10m`, `24h`,
 * `7d`, `2w` (one number, one unit). Returns milliseconds, or null when unreadable.
 * @param text - the written duration
 */
export function parseDuration(text: string): number | null {
  const match = PATTERN.exec(text.trim().toLowerCase());
  if (match === null) return null;
  const [, amount, unit] = match;
  if (amount === undefined || unit === undefined) return null;
  return Number(amount) * UNIT_MS[unit as Unit];
}

/**
 * Writes milliseconds back in the largest whole unit: `86400000` → `1d`, `90000` → `90s`.
 * @param ms - a non-negative duration
 */
export function formatDuration(ms: number): string {
  const units: Unit[] = ['w', 'd', 'h', 'm', 's'];
  for (const unit of units) {
    if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0) return `${ms / UNIT_MS[unit]}${unit}`;
  }
  return `${Math.round(ms / 1000)}s`;
}

/**
 * Writes a duration for members to read: `24 hours`, `7 days`, `1 minute`.
 * @param ms - a non-negative duration
 */
export function describeDuration(ms: number): string {
  // Days from 3 days up ("a 7-day ban"), hours below ("a 24-hour timeout", "within 48 hours").
  const words: [Unit, string, number][] = [
    ['d', 'day', 3 * UNIT_MS.d],
    ['h', 'hour', UNIT_MS.h],
    ['m', 'minute', UNIT_MS.m],
    ['s', 'second', UNIT_MS.s],
  ];
  for (const [unit, word, from] of words) {
    if (ms >= from && ms % UNIT_MS[unit] === 0) {
      const n = ms / UNIT_MS[unit];
      return `${n} ${word}${n === 1 ? '' : 's'}`;
    }
  }
  const seconds = Math.round(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/**
 * A duration in community.yaml (`30s`, `10m`, `24h`, `7d`, `2w`), parsed to milliseconds.
 * Checked by a refinement rather than a pattern so the JSON Schema and the config reference
 * say "duration" instead of printing the regular expression (draft-07 has no `duration`
 * format, so editors do not validate it against ISO 8601).
 */
export const Duration = z
  .string()
  .refine((text) => parseDuration(text) !== null, 'must be a duration such as "30s", "10m", "24h", "7d" or "2w"')
  .meta({ format: 'duration' })
  .transform((text) => parseDuration(text) ?? 0);

/** A duration, or `permanent` (parsed to null). */
export const DurationOrPermanent = z
  .union([z.literal('permanent'), Duration])
  .transform((value) => (value === 'permanent' ? null : value));

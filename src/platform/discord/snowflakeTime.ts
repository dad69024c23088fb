import { SnowflakeUtil } from 'discord.js';

/**
 * Epoch ms encoded in a Discord snowflake (an account's creation time for a user id).
 * @param id - any Discord snowflake
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export function snowflakeTime(id: string): number {
  return SnowflakeUtil.timestampFrom(id);
}

/**
 * Epoch ms of an ISO-8601 timestamp from a payload, or `fallback` when absent or unreadable.
 * @param iso - e.g. `2017-04-15T21:26:33.210000+00:00` (Discord sends microseconds)
 * @param fallback - used when `iso` is missing or invalid
 */
export function timestampMs(iso: string | null | undefined, fallback: number): number {
  if (iso === null || iso === undefined) return fallback;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? fallback : ms;
}

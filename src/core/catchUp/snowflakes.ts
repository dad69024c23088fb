import { DISCORD_EPOCH } from '../../platform/snowflakes.js';

/** The low 22 bits of a snowflake: worker, process and increment. */
const LOW_BITS = (1n << 22n) - 1n;

/**
 * The greatest snowflake of a millisecond: every id made at or before `ms` is at most this,
 * so reading history after it reads what was posted later.
 * @param ms - epoch ms
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export function snowflakeAt(ms: number): string {
  const since = BigInt(Math.max(0, Math.floor(ms - DISCORD_EPOCH)));
  return ((since << 22n) | LOW_BITS).toString();
}

/**
 * The newer of two snowflakes (numerically: decimal strings of different lengths do not sort as text).
 * @param a - a decimal snowflake, or null
 * @param b - a decimal snowflake
 */
export function newerSnowflake(a: string | null | undefined, b: string): string {
  return a === null || a === undefined || BigInt(b) > BigInt(a) ? b : a;
}

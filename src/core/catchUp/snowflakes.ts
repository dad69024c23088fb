/** Discord's epoch (2015-01-01T00:00:00Z): snowflakes count milliseconds from it. */
const DISCORD_EPOCH = 1_420_070_400_000;

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
 * The epoch ms a snowflake was made at.
 * @param id - a decimal snowflake
 */
export function snowflakeMs(id: string): number {
  return Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
}

/**
 * The newer of two snowflakes (numerically: decimal strings of different lengths do not sort as text).
 * @param a - a decimal snowflake, or null
 * @param b - a decimal snowflake
 */
export function newerSnowflake(a: string | null | undefined, b: string): string {
  return a === null || a === undefined || BigInt(b) > BigInt(a) ? b : a;
}

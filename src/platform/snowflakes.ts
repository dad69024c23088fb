/** Discord's epoch (2015-01-01T00:00:00Z): snowflakes count milliseconds from it. */
export const DISCORD_EPOCH = 1_420_070_400_000;

/** Bits below a snowflake's milliseconds (the worker and the count within the millisecond). */
export const SNOWFLAKE_TIME_SHIFT = 22n;

/**
 * The epoch ms a snowflake was made at.
 * @param id - decimal snowflake
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export function snowflakeTime(id: string): number {
  return Number(BigInt(id) >> SNOWFLAKE_TIME_SHIFT) + DISCORD_EPOCH;
}

/** Discord's epoch (2015-01-01T00:00:00Z): snowflakes count milliseconds from it. */
export const DISCORD_EPOCH = 1_420_070_400_000;

/**
 * The epoch ms a snowflake was made at.
 * @param id - decimal snowflake
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export function snowflakeTime(id: string): number {
  return Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
}

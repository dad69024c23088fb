import { DiscordAPIError } from 'discord.js';

/**
 * Whether `error` is a Discord API error carrying one of `codes`.
 * @param error - anything thrown by discord.js's REST client
 * @param codes - JSON error codes, e.g. 50007 (Cannot send messages to this user)
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export function hasDiscordErrorCode(error: unknown, ...codes: number[]): boolean {
  return error instanceof DiscordAPIError && typeof error.code === 'number' && codes.includes(error.code);
}

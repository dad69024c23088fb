import { errorMessage } from '../../../core/errors.js';

/**
 * True when the platform said the thing acted on does not exist: Discord's "Unknown Ban"
 * (10026), "Unknown Member" (10007), "Unknown Message" (10008), and the sandbox's errors of
 * the same wording. (The platform has no typed not-found error yet, so the message is read.)
 * @param error - what the platform threw
 * @param what - `Ban`, `Member`, `Message` …
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export function isUnknownError(error: unknown, what: string): boolean {
  return errorMessage(error).includes(`Unknown ${what}`);
}

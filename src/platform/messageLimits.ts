import { PlatformRuleError } from '../core/errors.js';
import { MESSAGE_CONTENT_LIMIT, type OutgoingMessage } from './Platform.js';

/** Discord allows at most 10 embeds per message and 5 action rows. */
export const EMBEDS_LIMIT = 10;
export const ACTION_ROWS_LIMIT = 5;

/**
 * Checks a message against Discord's limits before anything is sent.
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @throws PlatformRuleError when content is empty or over 2000 characters, or too many embeds/rows
 */
export function assertMessageWithinLimits(message: OutgoingMessage): void {
  const content = message.content ?? '';
  if (content.length > MESSAGE_CONTENT_LIMIT) {
    throw new PlatformRuleError(
      `message content is ${content.length} characters; Discord allows ${MESSAGE_CONTENT_LIMIT}`,
    );
  }
  if (content.trim() === '' && (message.embeds?.length ?? 0) === 0 && (message.components?.length ?? 0) === 0) {
    throw new PlatformRuleError('a message needs content, an embed or components');
  }
  if ((message.embeds?.length ?? 0) > EMBEDS_LIMIT)
    throw new PlatformRuleError(`at most ${EMBEDS_LIMIT} embeds per message`);
  if ((message.components?.length ?? 0) > ACTION_ROWS_LIMIT) {
    throw new PlatformRuleError(`at most ${ACTION_ROWS_LIMIT} action rows per message`);
  }
}

/**
 * Splits long text into chunks Discord accepts, on line boundaries where possible.
 * @param text - any length
 * @param limit - chunk size (default 2000)
 */
export function splitContent(text: string, limit = MESSAGE_CONTENT_LIMIT): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf('\n', limit);
    const at = cut > limit / 2 ? cut : limit;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

import { ACTION_ROWS_LIMIT, EMBEDS_LIMIT, MESSAGE_CONTENT_LIMIT } from './discordLimits.js';
import { assertAttachmentsWithinLimits } from './attachmentLimits.js';
import { InvalidRequest } from './PlatformError.js';
import { assertPollWithinLimits } from './pollLimits.js';
import type { InteractionFile } from './types/Interaction.js';
import type { OutgoingMessage } from './types/OutgoingMessage.js';

export { ACTION_ROWS_LIMIT, EMBEDS_LIMIT } from './discordLimits.js';

/**
 * Checks a message against Discord's limits before anything is sent.
 * @param message - a message, or an interaction reply with its files
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @throws InvalidRequest when content is empty or over 2000 characters, too many embeds/rows,
 *   files beyond `ATTACHMENT_LIMITS`, or a poll beyond `POLL_LIMITS`
 */
export function assertMessageWithinLimits(message: OutgoingMessage & { files?: readonly InteractionFile[] }): void {
  const content = message.content ?? '';
  if (content.length > MESSAGE_CONTENT_LIMIT) {
    throw new InvalidRequest(
      `message content is ${content.length} characters; Discord allows ${MESSAGE_CONTENT_LIMIT}`,
    );
  }
  const files = message.files ?? [];
  if (
    content.trim() === '' &&
    (message.embeds?.length ?? 0) === 0 &&
    (message.components?.length ?? 0) === 0 &&
    files.length === 0 &&
    message.poll === undefined
  ) {
    throw new InvalidRequest('a message needs content, an embed, components, a file or a poll');
  }
  if (message.poll !== undefined) assertPollWithinLimits(message.poll);
  if ((message.embeds?.length ?? 0) > EMBEDS_LIMIT)
    throw new InvalidRequest(`at most ${EMBEDS_LIMIT} embeds per message`);
  if ((message.components?.length ?? 0) > ACTION_ROWS_LIMIT) {
    throw new InvalidRequest(`at most ${ACTION_ROWS_LIMIT} action rows per message`);
  }
  if (files.length > 0) assertAttachmentsWithinLimits(files);
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

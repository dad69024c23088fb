import { ATTACHMENT_LIMITS } from './discordLimits.js';
import { DISCORD_ERROR_CODES } from './discordErrorCodes.js';
import { InvalidRequest } from './PlatformError.js';
import type { InteractionFile } from './types/Interaction.js';

export { ATTACHMENT_LIMITS } from './discordLimits.js';

/**
 * A file's content as bytes: text as UTF-8.
 * @param file - an attached file
 */
export function fileBytes(file: Pick<InteractionFile, 'data'>): Uint8Array {
  return typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data;
}

/**
 * Checks a message's files against Discord's limits before anything is sent: at most
 * `ATTACHMENT_LIMITS.files` files with names, together at most `ATTACHMENT_LIMITS.bytes`.
 * @param files - the files of one message
 * @throws InvalidRequest (code 40005 when too large) naming the rule
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
export function assertAttachmentsWithinLimits(files: readonly InteractionFile[]): void {
  if (files.length > ATTACHMENT_LIMITS.files) {
    throw new InvalidRequest(`at most ${ATTACHMENT_LIMITS.files} files per message, got ${files.length}`);
  }
  let total = 0;
  for (const file of files) {
    if (file.name.trim() === '') throw new InvalidRequest('an attached file needs a name');
    total += fileBytes(file).byteLength;
  }
  if (total > ATTACHMENT_LIMITS.bytes) {
    throw new InvalidRequest(
      `attached files are ${total.toLocaleString('en')} bytes; Discord accepts ${ATTACHMENT_LIMITS.bytes.toLocaleString('en')} (10 MiB) per message`,
      DISCORD_ERROR_CODES.requestEntityTooLarge,
    );
  }
}

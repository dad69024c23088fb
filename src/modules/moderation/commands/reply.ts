import type { InteractionReply } from '../../../platform/Platform.js';

/**
 * An answer only the moderator (or member) who ran the command sees.
 * @param content - the text
 */
export function privately(content: string): InteractionReply {
  return { content: content.slice(0, 2000), ephemeral: true };
}

import type { InteractionReply } from '../../../platform/Platform.js';

/**
 * An answer only the member who asked sees.
 * @param content - the text (cut to Discord's 2000 characters)
 */
export function privately(content: string): InteractionReply {
  return { content: content.slice(0, 2000), ephemeral: true };
}

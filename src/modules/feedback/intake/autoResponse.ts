import type { OutgoingMessage } from '../../../platform/Platform.js';
import type { FeedbackConfig } from '../FeedbackConfig.js';
import type { FeedbackItem } from '../store/FeedbackItems.js';

/**
 * The confirmation posted in an item's thread: `feedback.autoResponses` of its type (seed
 * 002's templates by default), mentioning the author, who alone may be pinged.
 * @param config - the feedback section
 * @param item - the new item
 */
export function autoResponse(
  config: FeedbackConfig,
  item: Pick<FeedbackItem, 'type' | 'author_id' | 'number'>,
): OutgoingMessage {
  return {
    content: `<@${item.author_id}> ${config.autoResponses[item.type]} (#${item.number})`,
    allowedUserMentions: [item.author_id],
  };
}

import { MESSAGE_CONTENT_LIMIT } from './discordLimits.js';
import { truncateText } from './fitMessage.js';

/** One message of a mention list: its text and exactly the members it may ping. */
export interface MentionMessage {
  content: string;
  userIds: string[];
}

/**
 * A text followed by mentions of members, split into as many messages as Discord's 2000
 * characters need; each message lists the members it mentions, so only they are pinged.
 * The text opens the first message (cut to leave room for at least one mention).
 * @param text - what to tell them
 * @param userIds - the members to mention, in order
 * @param limit - characters per message (Discord's 2000)
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
export function mentionMessages(
  text: string,
  userIds: readonly string[],
  limit: number = MESSAGE_CONTENT_LIMIT,
): MentionMessage[] {
  const messages: MentionMessage[] = [];
  let current: MentionMessage = { content: truncateText(text, limit - 32), userIds: [] };
  for (const userId of userIds) {
    const mention = `<@${userId}>`;
    const separator = current.userIds.length === 0 ? (current.content === '' ? '' : '\n') : ' ';
    if (current.content.length + separator.length + mention.length > limit) {
      messages.push(current);
      current = { content: mention, userIds: [userId] };
      continue;
    }
    current = { content: `${current.content}${separator}${mention}`, userIds: [...current.userIds, userId] };
  }
  messages.push(current);
  return messages.filter((m) => m.content !== '');
}

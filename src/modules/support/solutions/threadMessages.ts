import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { snowflakeAt } from '../../../core/catchUp/snowflakes.js';
import { isNotFound } from '../../../platform/PlatformError.js';
import type { SupportContext } from '../SupportContext.js';

/** A message of a question's thread as read back from its history. */
export type ThreadMessage = DomainEventOf<'message.created'>['payload'];

/** What reading one message of a thread found. */
export type FoundMessage = { kind: 'member'; message: ThreadMessage } | { kind: 'bot' } | { kind: 'missing' };

/**
 * One message of a thread, read back from its history (modules keep no message copies): a
 * member's, a bot's (Guildhall's own or another bot's), or missing (not in this thread, deleted).
 * @param ctx - module context
 * @param guildId - the guild
 * @param threadId - the question's thread
 * @param messageId - the message
 */
export async function findThreadMessage(
  ctx: SupportContext,
  guildId: string,
  threadId: string,
  messageId: string,
): Promise<FoundMessage> {
  if (!/^\d{1,25}$/.test(messageId)) return { kind: 'missing' };
  const before = (BigInt(messageId) - 1n).toString();
  try {
    const history = await ctx.platform.fetchMessagesAfter(guildId, threadId, before, 1);
    const event = history.events[0];
    if (event?.payload.messageId === messageId) {
      return event.payload.authorBot ? { kind: 'bot' } : { kind: 'member', message: event.payload };
    }
    return history.newestMessageId === messageId ? { kind: 'bot' } : { kind: 'missing' };
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    throw error;
  }
}

/**
 * The members' messages of a thread posted from `since` on, oldest first (at most `limit`).
 * @param ctx - module context
 * @param guildId - the guild
 * @param threadId - the question's thread
 * @param since - epoch ms
 * @param limit - most messages read
 */
export async function threadMessagesSince(
  ctx: SupportContext,
  guildId: string,
  threadId: string,
  since: number,
  limit: number,
): Promise<ThreadMessage[]> {
  const history = await ctx.platform.fetchMessagesAfter(guildId, threadId, snowflakeAt(since - 1), limit);
  return history.events.map((event) => event.payload).filter((message) => !message.authorBot);
}

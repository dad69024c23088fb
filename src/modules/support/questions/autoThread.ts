import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { InvalidRequest } from '../../../platform/PlatformError.js';
import type { ChannelSnapshot } from '../../../platform/Platform.js';
import type { SupportContext } from '../SupportContext.js';
import { openQuestion } from './openQuestion.js';

/**
 * Discord's "A thread has already been created for this message".
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
const THREAD_ALREADY_CREATED = 160004;

/** Discord allows 100 characters; the title keeps to 90. */
const TITLE_MAX = 90;

/**
 * The title of a thread started from a message: its first non-empty line, at most 90
 * characters (cut at a word when it can, with an ellipsis), or "Question" for a message without text.
 * @param content - the message's text
 */
export function threadTitle(content: string): string {
  const line = content
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (line === undefined) return 'Question';
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * `support.autoThread`: a member's top-level message in a help text channel gets a thread
 * started from it, and the question is stored at once with the message as its text (on
 * Discord the thread's `thread.created` follows and finds it). A thread started from a message
 * shares the message's id, so a redelivered message finds its question and starts nothing.
 * @param event - the message, in a help text channel
 * @param ctx - module context
 * @param channel - the help text channel
 */
export async function autoThread(
  event: DomainEventOf<'message.created'>,
  ctx: SupportContext,
  channel: ChannelSnapshot,
): Promise<void> {
  const { messageId, authorId, content } = event.payload;
  const title = threadTitle(content);
  let threadId = messageId;
  try {
    threadId = (await ctx.platform.createThread(channel.id, { name: title, messageId })).id;
  } catch (error) {
    // Already started (a redelivery after the thread was made): it has the message's id.
    const already =
      error instanceof InvalidRequest &&
      (error.code === THREAD_ALREADY_CREATED || /already been created/i.test(error.message));
    if (!already) throw error;
    ctx.log.info({ messageId }, 'support: the question message already has a thread');
  }
  await openQuestion(ctx, {
    guildId: event.guildId,
    threadId,
    channelId: channel.id,
    askerId: authorId,
    title,
    body: content,
    tags: [],
    askedAt: event.occurredAt,
  });
}

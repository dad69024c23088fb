import type { DomainEventOf, EventPayloads } from '../../../core/DomainEvent.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { recognitionDb } from '../RecognitionTables.js';
import { findLoggedMessage } from './findLoggedMessage.js';

/** A thanks to record: who thanked whom, and how. */
export type DetectedThanks = EventPayloads['recognition.thanks_given'];

/** A message thanks at most this many mentioned members (no mass thanks farming). */
const MAX_THANKED = 5;

/**
 * Thanks in a message: a thanks word with mentions thanks the mentioned members; a thanks
 * word in a reply thanks the replied-to author. Never yourself, never a bot: whether a
 * mentioned member is a bot comes from the platform's member lookup (answered from its
 * member cache, not one request per mention). Whether it counts, once per pair per channel
 * and window, is decided when the thanks is applied.
 * @param ctx - module context
 * @param event - the message
 */
export async function detectMessageThanks(
  ctx: RecognitionContext,
  event: DomainEventOf<'message.created'>,
): Promise<DetectedThanks[]> {
  const { payload } = event;
  const thanks = ctx.config.thanks;
  if (!thanks.enabled || payload.authorBot || !ctx.state.thanksPattern.test(payload.content)) return [];
  const base = {
    fromUserId: payload.authorId,
    channelId: payload.channelId,
    messageId: payload.messageId,
    at: event.occurredAt,
  };
  const mentioned = [...new Set(payload.mentionedUserIds)]
    .filter((id) => id !== payload.authorId)
    .slice(0, MAX_THANKED);
  const found: DetectedThanks[] = [];
  for (const userId of mentioned) {
    const member = await ctx.platform.fetchMember(event.guildId, userId);
    if (member !== null && !member.bot) found.push({ ...base, toUserId: userId, via: 'mention' });
  }
  if (found.length > 0 || payload.referencedMessageId === null) return found;
  const replied = await findLoggedMessage(recognitionDb(ctx.db), event.source, payload.referencedMessageId);
  if (replied === null || replied.authorBot || replied.authorId === payload.authorId) return [];
  return [{ ...base, aboutMessageId: payload.referencedMessageId, toUserId: replied.authorId, via: 'reply' }];
}

/**
 * A thanks reaction (🙏, ✅ or a configured custom emoji, by name) thanks the reacted
 * message's author. Never yourself, never a bot.
 * @param ctx - module context
 * @param event - the reaction
 */
export async function detectReactionThanks(
  ctx: RecognitionContext,
  event: DomainEventOf<'reaction.added'>,
): Promise<DetectedThanks[]> {
  const { payload } = event;
  const thanks = ctx.config.thanks;
  const emoji = payload.emoji;
  const matches = thanks.reactions.some(
    (r) => r === emoji.name || (emoji.id !== null && (r === emoji.id || r === `${emoji.name}:${emoji.id}`)),
  );
  if (!thanks.enabled || !matches) return [];
  let authorId = payload.messageAuthorId;
  let authorBot: boolean | null = null;
  const logged = await findLoggedMessage(recognitionDb(ctx.db), event.source, payload.messageId);
  if (logged !== null) {
    authorId ??= logged.authorId;
    authorBot = logged.authorBot;
  }
  if (authorId === null || authorId === payload.userId) return [];
  if (authorBot === null) {
    const member = await ctx.platform.fetchMember(event.guildId, authorId);
    authorBot = member === null || member.bot;
  }
  if (authorBot) return [];
  return [
    {
      fromUserId: payload.userId,
      toUserId: authorId,
      channelId: payload.channelId,
      messageId: payload.messageId,
      via: 'reaction',
      at: event.occurredAt,
    },
  ];
}

import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { truncateText } from '../../../platform/fitMessage.js';
import { itemButtons, itemEmbed } from '../cards/itemCard.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { scoreSentiment } from '../sentiment/scoreSentiment.js';
import { FeedbackItems } from '../store/FeedbackItems.js';
import { createItem } from './createItem.js';
import { checkCritical } from './criticalAlert.js';
import { TITLE_MAX } from './feedbackForm.js';
import { intakeChannel } from './intakeChannel.js';

/**
 * An item's title from a message: its first non-empty line, at most 100 characters.
 * @param content - the message's text
 */
export function titleOf(content: string): string {
  const line = content
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return truncateText(line ?? '', TITLE_MAX);
}

/**
 * A forum post's starter message (it shares the post's id) completes the item its
 * `thread.created` made: its text becomes the body, the sentiment is scored again, the card
 * edited, and the item checked for critical words once more.
 */
async function completeForumItem(ctx: FeedbackContext, event: DomainEventOf<'message.created'>): Promise<void> {
  const { messageId, channelId, content, authorId } = event.payload;
  if (messageId !== channelId) return;
  const items = new FeedbackItems(ctx.db);
  const item = await items.byThread(event.guildId, channelId);
  if (item === undefined || item.source !== 'forum' || item.author_id !== authorId || item.body !== '') return;
  const body = content.trim();
  if (body === '') return;
  const sentiment = scoreSentiment(`${item.title}\n${body}`, ctx.config.sentiment);
  const now = ctx.clock.now();
  const updated = await items.update(
    event.guildId,
    item.id,
    { body, sentiment_label: sentiment.label, sentiment_score: sentiment.score },
    now,
  );
  if (updated === undefined) return;
  if (updated.thread_id !== null && updated.message_id !== null) {
    await ctx.platform.editMessage(updated.thread_id, updated.message_id, {
      embeds: [itemEmbed(updated)],
      components: itemButtons(updated, ctx.config),
    });
  }
  await checkCritical(ctx, updated);
}

/**
 * `message.created`: a member's new top-level message in an intake text channel becomes an
 * item of the channel's type (title: its first line; a thread started from the message holds
 * the card and the auto-response); a forum post's starter message completes its item. Bots
 * (Guildhall included), messages inside threads and messages without text are left alone.
 * @param event - the message
 * @param ctx - module context
 */
export async function onIntakeMessage(event: DomainEventOf<'message.created'>, ctx: FeedbackContext): Promise<void> {
  const { messageId, channelId, authorId, authorBot, content } = event.payload;
  if (authorBot || ctx.config.intakeChannels.length === 0) return;
  const intake = await intakeChannel(ctx, event.guildId, channelId, 'text');
  if (intake === null) {
    await completeForumItem(ctx, event);
    return;
  }
  const title = titleOf(content);
  if (title === '') {
    ctx.log.info({ messageId, channelId }, 'feedback: a message without text in an intake channel; no item');
    return;
  }
  await createItem(ctx, {
    guildId: event.guildId,
    id: messageId,
    type: intake.type,
    title,
    body: content.trim(),
    authorId,
    source: 'channel',
    at: event.occurredAt,
    placement: { kind: 'thread-on-message', channelId, messageId },
  });
}

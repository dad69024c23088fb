import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import type { FeedbackPart } from '../FeedbackPart.js';
import { countMessageSentiment } from './countMessageSentiment.js';
import { emitFinishedDays } from './emitFinishedDays.js';
import { scoreSentiment } from './scoreSentiment.js';
import { utcDayOf } from './sentimentDb.js';

/**
 * A member's message with text (`feedback.sentiment.messages`): scored, counted on its
 * channel's UTC day (no text, no author kept), and the finished days before it emitted for
 * analytics. Bots' messages are not counted.
 * @param event - the message
 * @param ctx - the feedback context
 */
async function scoreMessage(event: DomainEventOf<'message.created'>, ctx: FeedbackContext): Promise<void> {
  const p = event.payload;
  // A message without text (an image, a sticker) has nothing to score: not counted.
  if (p.authorBot || !ctx.config.sentiment.messages || p.content.trim() === '') return;
  const { label, score } = scoreSentiment(p.content, ctx.config.sentiment);
  const day = utcDayOf(event.occurredAt);
  await countMessageSentiment(ctx.db, { guildId: event.guildId, day, channelId: p.channelId, label, score });
  await emitFinishedDays(ctx, event.guildId, day);
}

/** The feedback module's sentiment part: messages scored and counted per channel and day. */
export const sentimentPart: FeedbackPart = {
  on: { 'message.created': scoreMessage },
};

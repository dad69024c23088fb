import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { ApplyContext } from '../apply/ApplyContext.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { detectMessageThanks, detectReactionThanks, type DetectedThanks } from './detectThanks.js';

/**
 * Thanks in a message (outside excluded channels), recorded as `recognition.thanks_given`:
 * the credit is applied from that event.
 * @param event - the message
 * @param ctx - module context
 * @param applied - what the message was applied with (its excluded channels)
 */
export async function recordMessageThanks(
  event: DomainEventOf<'message.created'>,
  ctx: RecognitionContext,
  applied: ApplyContext,
): Promise<void> {
  if (applied.excludedChannelIds.has(event.payload.channelId)) return;
  await emitThanks(ctx, event, await detectMessageThanks(ctx, event));
}

/**
 * A thanks reaction, recorded as `recognition.thanks_given`.
 * @param event - the reaction
 * @param ctx - module context
 */
export async function recordReactionThanks(
  event: DomainEventOf<'reaction.added'>,
  ctx: RecognitionContext,
): Promise<void> {
  await emitThanks(ctx, event, await detectReactionThanks(ctx, event));
}

async function emitThanks(
  ctx: RecognitionContext,
  cause: { id: string; guildId: string },
  thanks: readonly DetectedThanks[],
): Promise<void> {
  for (const t of thanks) {
    await ctx.emit('recognition.thanks_given', t, { guildId: cause.guildId, key: `${cause.id}:${t.toUserId}` });
  }
}

import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { RecognitionContext } from '../RecognitionContext.js';
import { attributeJoin } from './attributeJoin.js';

/**
 * Attributes a join to an invite (which needs the platform's invite uses) and records an
 * attributed one as `recognition.member_referred`, which is what credits both members (and
 * what a recompute replays).
 * @param event - the join
 * @param ctx - module context
 */
export async function referJoin(event: DomainEventOf<'member.joined'>, ctx: RecognitionContext): Promise<void> {
  if (event.payload.bot || !ctx.config.referrals.enabled) return;
  const join = await attributeJoin(ctx, event);
  if (join.source !== 'invite') return;
  await ctx.emit(
    'recognition.member_referred',
    {
      refereeId: event.payload.userId,
      referrerId: join.inviterId,
      inviteCode: join.code,
      joinedAt: event.payload.joinedAt,
      joinEventId: event.id,
    },
    { guildId: event.guildId, key: event.id },
  );
}

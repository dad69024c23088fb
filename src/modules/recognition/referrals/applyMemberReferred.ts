import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import { creditMember } from '../credit/creditMember.js';
import { unlockRewards } from '../credit/unlockRewards.js';
import { confirmReferral } from './confirmReferral.js';

/**
 * A join attributed to a member's invite: the referrer gets 100 points and the referee 50
 * (configurable) at once; the referral stays pending through the fraud window, then counts
 * towards reward tiers. A member is a referee once: rejoining earns nobody anything again.
 * @param a - apply context
 * @param event - the attributed join
 */
export async function applyMemberReferred(
  a: ApplyContext,
  event: DomainEventOf<'recognition.member_referred'>,
): Promise<Outcome[]> {
  const { refereeId, referrerId, inviteCode, joinedAt } = event.payload;
  if (refereeId === referrerId) return [];
  const { db, guildId, config } = a;
  const existing = await db
    .selectFrom('recognition_referrals')
    .select('status')
    .where('guild_id', '=', guildId)
    .where('referee_id', '=', refereeId)
    .executeTakeFirst();
  if (existing !== undefined) return [];
  const at = event.occurredAt;
  await db
    .insertInto('recognition_referrals')
    .values({
      guild_id: guildId,
      referee_id: refereeId,
      referrer_id: referrerId,
      invite_code: inviteCode,
      joined_at: joinedAt,
      status: 'pending',
      referred_event_id: event.id,
      updated_at: at,
    })
    .execute();
  const outcomes: Outcome[] = [];
  const rewards = [
    { userId: referrerId, kind: 'referral' as const, points: config.referrals.referrerPoints },
    { userId: refereeId, kind: 'referral_welcome' as const, points: config.referrals.refereePoints },
  ];
  for (const reward of rewards) {
    const credit = await creditMember(db, a.rules, guildId, { ...reward, count: 1, sourceEventId: event.id, at });
    if (credit.credited && reward.points !== 0) {
      outcomes.push({
        type: 'points',
        userId: reward.userId,
        points: reward.points,
        reason: reward.kind,
        total: credit.total,
        sourceEventId: event.id,
        key: `${event.id}:${reward.kind}`,
      });
    }
    outcomes.push(...(await unlockRewards(db, config, a.rules, guildId, reward.userId, { eventId: event.id, at })));
    outcomes.push({ type: 'member_changed', userId: reward.userId });
  }
  if (config.referrals.fraudWindow === 0) {
    outcomes.push(...(await confirmReferral(a, refereeId, { eventId: event.id, at })));
  } else {
    outcomes.push({
      type: 'referral_pending',
      refereeId,
      referrerId,
      confirmAt: joinedAt + config.referrals.fraudWindow,
    });
  }
  return outcomes;
}

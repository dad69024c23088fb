import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import type { AwardKind } from '../config/pointPresets.js';
import { creditMember } from '../credit/creditMember.js';

/**
 * A member left. A referee leaving within the fraud window (7 days by default) reverses
 * the referral: both rewards are taken back, in the periods where they were counted.
 * @param a - apply context
 * @param event - the departure
 */
export async function applyMemberLeft(a: ApplyContext, event: DomainEventOf<'member.left'>): Promise<Outcome[]> {
  const { db, guildId, config } = a;
  const refereeId = event.payload.userId;
  const at = event.occurredAt;
  const referral = await db
    .selectFrom('recognition_referrals')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('referee_id', '=', refereeId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (referral === undefined || at - referral.joined_at >= config.referrals.fraudWindow) return [];
  await db
    .updateTable('recognition_referrals')
    .set({ status: 'reversed', updated_at: at })
    .where('guild_id', '=', guildId)
    .where('referee_id', '=', refereeId)
    .execute();
  const given = await db
    .selectFrom('recognition_awards')
    .select(['user_id', 'points', 'reason', 'awarded_at'])
    .where('source_event_id', '=', referral.referred_event_id)
    .where('reason', 'in', ['referral', 'referral_welcome'])
    .orderBy('id')
    .execute();
  const outcomes: Outcome[] = [
    { type: 'referral_reversed', refereeId, referrerId: referral.referrer_id, key: event.id },
  ];
  for (const award of given) {
    const kind = award.reason as AwardKind;
    const credit = await creditMember(db, a.rules, guildId, {
      userId: award.user_id,
      kind,
      reason: `${award.reason}_reversed`,
      points: -award.points,
      count: -1,
      sourceEventId: event.id,
      at,
      periodAt: award.awarded_at,
    });
    if (!credit.credited) continue;
    if (award.points !== 0) {
      outcomes.push({
        type: 'points',
        userId: award.user_id,
        points: -award.points,
        reason: `${award.reason}_reversed`,
        total: credit.total,
        sourceEventId: event.id,
        key: `${event.id}:${award.reason}_reversed`,
      });
    }
    outcomes.push({ type: 'member_changed', userId: award.user_id });
  }
  return outcomes;
}

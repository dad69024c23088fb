import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import { creditMember } from '../credit/creditMember.js';
import { unlockRewards } from '../credit/unlockRewards.js';

/**
 * Marks a pending referral confirmed: it counts towards the referrer's confirmed referrals,
 * and each reward tier reached (1, 5, 10, 25 by default) is given once, with its points.
 * Nothing happens for a referral already confirmed or reversed.
 * @param a - apply context
 * @param refereeId - the member who joined
 * @param cause - the event and its time
 */
export async function confirmReferral(
  a: ApplyContext,
  refereeId: string,
  cause: { eventId: string; at: number },
): Promise<Outcome[]> {
  const { db, guildId, config } = a;
  const referral = await db
    .updateTable('recognition_referrals')
    .set({ status: 'confirmed', updated_at: cause.at })
    .where('guild_id', '=', guildId)
    .where('referee_id', '=', refereeId)
    .where('status', '=', 'pending')
    .returning('referrer_id')
    .executeTakeFirst();
  if (referral === undefined) return [];
  const referrerId = referral.referrer_id;
  const counter = await db
    .insertInto('recognition_counters')
    .values({ guild_id: guildId, user_id: referrerId, kind: 'referral_confirmed', count: 1, points: 0 })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id', 'kind']).doUpdateSet((eb) => ({
        count: eb('recognition_counters.count', '+', 1),
      })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  const reached = new Set(
    (
      await db
        .selectFrom('recognition_unlocks')
        .select('unlock_id')
        .where('guild_id', '=', guildId)
        .where('user_id', '=', referrerId)
        .where('type', '=', 'referral_tier')
        .execute()
    ).map((row) => row.unlock_id),
  );
  const outcomes: Outcome[] = [];
  for (const tier of config.referrals.tiers) {
    const id = String(tier.referrals);
    if (tier.referrals > counter.count || reached.has(id)) continue;
    await db
      .insertInto('recognition_unlocks')
      .values({
        guild_id: guildId,
        user_id: referrerId,
        type: 'referral_tier',
        unlock_id: id,
        unlocked_at: cause.at,
        source_event_id: cause.eventId,
      })
      .execute();
    outcomes.push({ type: 'referral_tier', userId: referrerId, tier, referrals: counter.count });
    if (tier.points > 0) {
      const reason = `referral_tier:${id}`;
      const credit = await creditMember(db, a.rules, guildId, {
        userId: referrerId,
        kind: 'referral_tier',
        reason,
        points: tier.points,
        count: 1,
        sourceEventId: cause.eventId,
        at: cause.at,
      });
      if (credit.credited) {
        outcomes.push({
          type: 'points',
          userId: referrerId,
          points: tier.points,
          reason: 'referral_tier',
          total: credit.total,
          sourceEventId: cause.eventId,
          key: `${cause.eventId}:${reason}`,
        });
      }
    }
  }
  outcomes.push(...(await unlockRewards(db, config, a.rules, guildId, referrerId, cause)));
  outcomes.push({ type: 'member_changed', userId: referrerId });
  return outcomes;
}

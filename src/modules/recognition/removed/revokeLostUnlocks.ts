import type { Outcome } from '../apply/Outcome.js';
import type { ApplyContext } from '../apply/ApplyContext.js';
import { conditionsMet, type MetricValues } from '../config/conditionsMet.js';
import { memberMetrics } from '../credit/memberMetrics.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';
import { reverseAward } from './reverseAward.js';

/** Each round may take back achievement points, which may lose a badge: bounded like unlocking. */
const MAX_ROUNDS = 5;

/**
 * Takes back the badges and achievements that a member's removed messages unlocked (this
 * one and any removed before) and that no longer hold now their credits are gone (an
 * achievement's points with it, which may lose a badge in the next round). What still holds
 * stays (a second message keeps First Steps), and so does what messages still standing (or
 * other events) unlocked.
 * @param a - apply context
 * @param userId - the member
 * @param cause - the removal event and its time
 */
export async function revokeLostUnlocks(
  a: ApplyContext,
  userId: string,
  cause: { eventId: string; at: number },
): Promise<{ outcomes: Outcome[]; taken: number }> {
  const { db, guildId } = a;
  const outcomes: Outcome[] = [];
  let taken = 0;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const metrics = await memberMetrics(db, guildId, userId);
    const unlocks = await db
      .selectFrom('recognition_unlocks')
      .select(['type', 'unlock_id', 'source_event_id'])
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('type', 'in', ['badge', 'achievement'])
      .where('source_event_id', 'in', (eb) =>
        eb
          .selectFrom('recognition_message_sources as s')
          .innerJoin('recognition_removed_messages as r', (join) =>
            join.onRef('r.guild_id', '=', 's.guild_id').onRef('r.message_id', '=', 's.message_id'),
          )
          .select('s.source_event_id')
          .where('s.guild_id', '=', guildId)
          .where('s.user_id', '=', userId)
          .where('r.status', '=', 'removed'),
      )
      .orderBy('unlocked_at')
      .orderBy('type')
      .orderBy('unlock_id')
      .execute();
    const lost = unlocks.filter((u) => !stillHeld(a.config, u.type, u.unlock_id, metrics));
    if (lost.length === 0) break;
    for (const unlock of lost) {
      const type = unlock.type === 'badge' ? 'badge' : 'achievement';
      await db
        .deleteFrom('recognition_unlocks')
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .where('type', '=', type)
        .where('unlock_id', '=', unlock.unlock_id)
        .execute();
      const name =
        (type === 'badge' ? a.config.badges : a.config.achievements).find((r) => r.id === unlock.unlock_id)?.name ??
        unlock.unlock_id;
      outcomes.push({
        type: 'unlock_revoked',
        userId,
        unlockType: type,
        unlockId: unlock.unlock_id,
        name,
        key: `${cause.eventId}:${userId}:${type}:${unlock.unlock_id}`,
      });
      if (type !== 'achievement') continue;
      const award = await db
        .selectFrom('recognition_awards')
        .select(['user_id', 'points', 'reason', 'source_event_id', 'awarded_at'])
        .where('source_event_id', '=', unlock.source_event_id)
        .where('reason', '=', `achievement:${unlock.unlock_id}`)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (award === undefined) continue;
      const reversed = await reverseAward(a, award, cause);
      if (reversed === null) continue;
      taken += award.points;
      if (award.points !== 0) outcomes.push(reversed);
    }
  }
  return { outcomes, taken };
}

/** Whether a member still qualifies for a badge or achievement (one no longer configured stays). */
function stillHeld(config: RecognitionConfig, type: string, id: string, metrics: MetricValues): boolean {
  if (type === 'badge') {
    const badge = config.badges.find((b) => b.id === id);
    return badge === undefined || (metrics.points ?? 0) >= badge.points;
  }
  const achievement = config.achievements.find((r) => r.id === id);
  // Achievements by score alone are never unlocked by a message: nothing to re-check.
  if (achievement === undefined || Object.keys(achievement.conditions).length === 0) return true;
  return conditionsMet(achievement.conditions, achievement.match, metrics);
}

import type { Outcome } from '../apply/Outcome.js';
import { conditionsMet } from '../config/conditionsMet.js';
import type { EffectiveRules } from '../config/effectiveRules.js';
import type { RecognitionConfig } from '../RecognitionConfig.js';
import type { RecognitionDb } from '../RecognitionTables.js';
import { creditMember } from './creditMember.js';
import { memberMetrics } from './memberMetrics.js';

/** A scored contribution that may unlock a score achievement (quiz ≥ 80%). */
export interface ScoredTrigger {
  kind: string;
  score: number;
}

/** Achievement points can unlock more: this many rounds is plenty and always terminates. */
const MAX_ROUNDS = 5;

/**
 * Awards the badges and achievements a member now qualifies for, each once: badges by
 * all-time points, achievements by their conditions (or a scored contribution). An
 * achievement's points are credited, which may unlock more in the next round.
 * @param db - the caller's transaction
 * @param config - the `recognition:` section
 * @param rules - effective rules
 * @param guildId - the guild
 * @param userId - the member
 * @param cause - the event and its time
 * @param trigger - the scored contribution being applied, if any
 */
export async function unlockRewards(
  db: RecognitionDb,
  config: RecognitionConfig,
  rules: EffectiveRules,
  guildId: string,
  userId: string,
  cause: { eventId: string; at: number },
  trigger: ScoredTrigger | null = null,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const held = new Set(
    (
      await db
        .selectFrom('recognition_unlocks')
        .select(['type', 'unlock_id'])
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .where('type', 'in', ['badge', 'achievement'])
        .execute()
    ).map((row) => `${row.type}:${row.unlock_id}`),
  );
  const unlock = async (type: 'badge' | 'achievement', id: string): Promise<void> => {
    held.add(`${type}:${id}`);
    await db
      .insertInto('recognition_unlocks')
      .values({
        guild_id: guildId,
        user_id: userId,
        type,
        unlock_id: id,
        unlocked_at: cause.at,
        source_event_id: cause.eventId,
      })
      .execute();
  };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const metrics = await memberMetrics(db, guildId, userId);
    let pointsGiven = false;
    for (const badge of config.badges) {
      if (held.has(`badge:${badge.id}`) || (metrics.points ?? 0) < badge.points) continue;
      await unlock('badge', badge.id);
      outcomes.push({ type: 'badge', userId, badge, sourceEventId: cause.eventId });
    }
    for (const achievement of config.achievements) {
      if (held.has(`achievement:${achievement.id}`)) continue;
      const byScore =
        achievement.score !== undefined &&
        trigger !== null &&
        trigger.kind === achievement.score.kind &&
        trigger.score >= achievement.score.min;
      const hasConditions = Object.keys(achievement.conditions).length > 0;
      const byConditions = hasConditions && conditionsMet(achievement.conditions, achievement.match, metrics);
      if (!byScore && !byConditions) continue;
      await unlock('achievement', achievement.id);
      outcomes.push({ type: 'achievement', userId, achievement, sourceEventId: cause.eventId });
      if (achievement.points > 0) {
        const reason = `achievement:${achievement.id}`;
        const result = await creditMember(db, rules, guildId, {
          userId,
          kind: 'achievement',
          reason,
          points: achievement.points,
          count: 1,
          sourceEventId: cause.eventId,
          at: cause.at,
        });
        if (result.credited) {
          pointsGiven = true;
          outcomes.push({
            type: 'points',
            userId,
            points: achievement.points,
            reason: 'achievement',
            total: result.total,
            sourceEventId: cause.eventId,
            key: `${cause.eventId}:${reason}:${userId}`,
          });
        }
      }
    }
    if (!pointsGiven) break;
  }
  return outcomes;
}

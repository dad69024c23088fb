import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { creditMember } from '../credit/creditMember.js';
import { unlockRewards } from '../credit/unlockRewards.js';
import type { ApplyContext } from './ApplyContext.js';
import type { Outcome } from './Outcome.js';

/** Seed 002: a quality score above this earns the bonus. */
const QUALITY_BONUS_ABOVE = 4;

/**
 * Points for a contribution another module reported: the kind's points from the points
 * table, plus the quality bonus (+50% by default) when rated above 4. Counted once per event.
 * @param a - apply context
 * @param event - the contribution
 */
export async function applyContribution(
  a: ApplyContext,
  event: DomainEventOf<'contribution.recorded'>,
): Promise<Outcome[]> {
  const { userId, kind, quality, score } = event.payload;
  const base = a.rules.points[kind];
  const bonus =
    quality !== undefined && quality > QUALITY_BONUS_ABOVE
      ? Math.round((base * a.config.qualityBonusPercent) / 100)
      : 0;
  const points = base + bonus;
  const credit = await creditMember(a.db, a.rules, a.guildId, {
    userId,
    kind,
    points,
    count: 1,
    sourceEventId: event.id,
    at: event.occurredAt,
  });
  if (!credit.credited) return [];
  const outcomes: Outcome[] = [];
  if (points !== 0) {
    outcomes.push({
      type: 'points',
      userId,
      points,
      reason: kind,
      total: credit.total,
      sourceEventId: event.id,
      key: event.id,
    });
  }
  const trigger = score === undefined ? null : { kind, score };
  const cause = { eventId: event.id, at: event.occurredAt };
  outcomes.push(...(await unlockRewards(a.db, a.config, a.rules, a.guildId, userId, cause, trigger)));
  outcomes.push({ type: 'member_changed', userId });
  return outcomes;
}

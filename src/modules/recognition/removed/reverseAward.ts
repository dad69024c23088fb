import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import type { AwardKind } from '../config/pointPresets.js';
import { creditMember } from '../credit/creditMember.js';

/** A ledger row to take back. */
export interface GivenAward {
  user_id: string;
  points: number;
  /** `message`, `helpful_answer` or `achievement:<id>`. */
  reason: string;
  source_event_id: string;
  awarded_at: number;
}

/**
 * Takes one award back: a negative credit with the `<reason>_reversed` reason under the
 * award's own source event (so it is taken back at most once), counted in the periods where
 * the award was (weekly and monthly boards stay right), one fewer of its kind (and of
 * `thanks_received` for a thanks).
 * @param a - apply context
 * @param award - the award
 * @param cause - the removal event (its id keys the emitted event) and its time
 * @returns the points outcome, or null when it was already taken back
 */
export async function reverseAward(
  a: ApplyContext,
  award: GivenAward,
  cause: { eventId: string; at: number },
): Promise<Outcome | null> {
  const kind: AwardKind = award.reason.startsWith('achievement:') ? 'achievement' : (award.reason as AwardKind);
  const reason = `${award.reason}_reversed`;
  const credit = await creditMember(a.db, a.rules, a.guildId, {
    userId: award.user_id,
    kind,
    reason,
    points: -award.points,
    count: -1,
    ...(award.reason === 'helpful_answer' ? { alsoCount: ['thanks_received'] } : {}),
    sourceEventId: award.source_event_id,
    at: cause.at,
    periodAt: award.awarded_at,
  });
  if (!credit.credited) return null;
  return {
    type: 'points',
    userId: award.user_id,
    points: -award.points,
    reason,
    total: credit.total,
    sourceEventId: cause.eventId,
    key: `${cause.eventId}:${award.source_event_id}:${reason}:${award.user_id}`,
  };
}

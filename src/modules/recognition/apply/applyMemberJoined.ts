import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { unlockRewards } from '../credit/unlockRewards.js';
import { unban } from '../removed/applyModerationCase.js';
import type { ApplyContext } from './ApplyContext.js';
import type { Outcome } from './Outcome.js';

/**
 * A member joined: they get a row (so levels and the daily sync see them) and the badges
 * of 0 points (newcomer). A member who can join is not banned (lifted outside Guildhall).
 * @param a - apply context
 * @param event - the join
 */
export async function applyMemberJoined(a: ApplyContext, event: DomainEventOf<'member.joined'>): Promise<Outcome[]> {
  const { userId, bot } = event.payload;
  if (bot) return [];
  await unban(a, userId);
  await a.db
    .insertInto('recognition_members')
    .values({
      guild_id: a.guildId,
      user_id: userId,
      points: 0,
      messages: 0,
      last_message_award_at: null,
      updated_at: event.occurredAt,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'user_id']).doNothing())
    .execute();
  const cause = { eventId: event.id, at: event.occurredAt };
  return [
    ...(await unlockRewards(a.db, a.config, a.rules, a.guildId, userId, cause)),
    { type: 'member_changed', userId },
  ];
}

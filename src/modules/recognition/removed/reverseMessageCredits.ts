import { sql } from 'kysely';
import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import type { Removal } from './removeMessage.js';
import { reverseAward } from './reverseAward.js';
import { revokeLostUnlocks } from './revokeLostUnlocks.js';

/** The awards a message's own events gave, apart from achievements (taken back only when lost). */
const DIRECT_REASONS = ['message', 'helpful_answer'];

/**
 * Takes back every credit that came from a removed message: the message's own points and
 * its place among the member's meaningful messages, and each thanks it carried (a reply or
 * mention thanking someone) or received (a thanks reaction on it), then the badges and
 * achievements those events unlocked that no longer hold. Run once per message (see
 * `removeMessage`).
 * @param a - apply context
 * @param removal - the removed message and the event removing it
 */
export async function reverseMessageCredits(a: ApplyContext, removal: Removal): Promise<Outcome[]> {
  const { db, guildId } = a;
  const sources = await db
    .selectFrom('recognition_message_sources')
    .select(['source_event_id', 'user_id', 'kind'])
    .where('guild_id', '=', guildId)
    .where('message_id', '=', removal.messageId)
    .orderBy('at')
    .orderBy('source_event_id')
    .execute();
  if (sources.length === 0) return [];
  const cause = { eventId: removal.eventId, at: removal.at };
  const outcomes: Outcome[] = [];
  let taken = 0;
  const members = new Set<string>();
  for (const source of sources) {
    if (source.kind === 'message') {
      await db
        .updateTable('recognition_members')
        .set({ messages: sql<number>`messages - 1`, updated_at: removal.at })
        .where('guild_id', '=', guildId)
        .where('user_id', '=', source.user_id)
        .where('messages', '>', 0)
        .execute();
    }
    const awards = await db
      .selectFrom('recognition_awards')
      .select(['user_id', 'points', 'reason', 'source_event_id', 'awarded_at'])
      .where('source_event_id', '=', source.source_event_id)
      .where('guild_id', '=', guildId)
      .where('reason', 'in', DIRECT_REASONS)
      .orderBy('id')
      .execute();
    for (const award of awards) {
      const reversed = await reverseAward(a, award, cause);
      if (reversed === null) continue;
      taken += award.points;
      if (award.points !== 0) outcomes.push(reversed);
    }
    members.add(source.user_id);
  }
  for (const userId of members) {
    const revoked = await revokeLostUnlocks(a, userId, cause);
    taken += revoked.taken;
    outcomes.push(...revoked.outcomes, { type: 'member_changed', userId });
  }
  return [
    {
      type: 'message_reversed',
      messageId: removal.messageId,
      cause: removal.cause,
      points: taken,
      key: `${removal.eventId}:${removal.messageId}`,
    },
    ...outcomes,
  ];
}

import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { ApplyContext } from '../apply/ApplyContext.js';
import type { Outcome } from '../apply/Outcome.js';
import { removeMessage } from './removeMessage.js';

/**
 * A moderation case opened. A ban keeps the member off the leaderboards while it lasts
 * (`removedMessages.hideBanned`) and takes back the messages automod flagged them for; an
 * unban puts them back.
 * @param a - apply context
 * @param event - the case
 */
export async function applyCaseOpened(
  a: ApplyContext,
  event: DomainEventOf<'moderation.case_opened'>,
): Promise<Outcome[]> {
  const { userId, action, caseId } = event.payload;
  if (userId === null || (action !== 'ban' && action !== 'unban')) return [];
  const { db, guildId } = a;
  if (action === 'unban') {
    await unban(a, userId);
    return [];
  }
  await db
    .insertInto('recognition_banned')
    .values({ guild_id: guildId, user_id: userId, case_id: caseId, banned_at: event.occurredAt })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet({ case_id: caseId, banned_at: event.occurredAt }),
    )
    .execute();
  if (!a.config.removedMessages.reverse) return [];
  const flagged = await db
    .selectFrom('recognition_removed_messages')
    .select('message_id')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .where('status', '=', 'flagged')
    .orderBy('at')
    .orderBy('message_id')
    .execute();
  const outcomes: Outcome[] = [];
  for (const { message_id: messageId } of flagged) {
    outcomes.push(
      ...(await removeMessage(a, { messageId, userId, cause: 'ban', eventId: event.id, at: event.occurredAt })),
    );
  }
  return outcomes;
}

/**
 * A moderation case closed: a ban that ran out, was lifted or overturned on appeal puts the
 * member back on the leaderboards (unless a later ban case is the one in force).
 * @param a - apply context
 * @param event - the closed case
 */
export async function applyCaseClosed(
  a: ApplyContext,
  event: DomainEventOf<'moderation.case_closed'>,
): Promise<Outcome[]> {
  const { userId, action, caseId } = event.payload;
  if (userId === null || action !== 'ban') return [];
  await a.db
    .deleteFrom('recognition_banned')
    .where('guild_id', '=', a.guildId)
    .where('user_id', '=', userId)
    .where('case_id', '=', caseId)
    .execute();
  return [];
}

/**
 * The member is no longer banned (an unban case, or they joined again).
 * @param a - apply context
 * @param userId - the member
 */
export async function unban(a: ApplyContext, userId: string): Promise<void> {
  await a.db.deleteFrom('recognition_banned').where('guild_id', '=', a.guildId).where('user_id', '=', userId).execute();
}

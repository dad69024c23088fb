import { sql } from 'kysely';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { creditMember } from '../credit/creditMember.js';
import { unlockRewards } from '../credit/unlockRewards.js';
import { isRemoved, recordMessageSource } from '../removed/removedMessages.js';
import type { ApplyContext } from './ApplyContext.js';
import type { Outcome } from './Outcome.js';

/**
 * A message: counts as meaningful when not from a bot, at least the minimum length and
 * outside excluded channels; earns message points at most once per cooldown (anti-farming).
 * The cooldown runs on the message's own time, so a recompute gives the same totals. A
 * message already removed earns nothing; a counted one is linked to its event, so removing
 * it later takes back what it earned (see `removeMessage`).
 * @param a - apply context
 * @param event - the message
 */
export async function applyMessage(a: ApplyContext, event: DomainEventOf<'message.created'>): Promise<Outcome[]> {
  const { payload, occurredAt: at } = event;
  const { config, db, guildId } = a;
  if (payload.authorBot) return [];
  if (payload.content.trim().length < config.minMessageLength) return [];
  if (a.excludedChannelIds.has(payload.channelId)) return [];
  const userId = payload.authorId;
  if (await isRemoved(a, payload.messageId)) return [];
  // Once per event: handled again (a re-run after a crash), it counts and credits nothing.
  const counted = await db
    .insertInto('recognition_counted_messages')
    .values({ source_event_id: event.id, guild_id: guildId, user_id: userId, counted_at: at })
    .onConflict((oc) => oc.column('source_event_id').doNothing())
    .executeTakeFirst();
  if (Number(counted.numInsertedOrUpdatedRows ?? 0n) === 0) return [];
  await recordMessageSource(db, {
    eventId: event.id,
    guildId,
    messageId: payload.messageId,
    userId,
    kind: 'message',
    at,
  });
  const member = await db
    .selectFrom('recognition_members')
    .select('last_message_award_at')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const last = member?.last_message_award_at ?? null;
  const coolingDown = last !== null && at - last < config.messageCooldown;
  const points = coolingDown ? 0 : a.rules.points.message;
  const outcomes: Outcome[] = [];
  if (points > 0) {
    const credit = await creditMember(db, a.rules, guildId, {
      userId,
      kind: 'message',
      points,
      count: 1,
      sourceEventId: event.id,
      at,
    });
    if (!credit.credited) return [];
    outcomes.push({
      type: 'points',
      userId,
      points,
      reason: 'message',
      total: credit.total,
      sourceEventId: event.id,
      key: event.id,
    });
  }
  const lastAward = points > 0 ? at : last;
  await db
    .insertInto('recognition_members')
    .values({
      guild_id: guildId,
      user_id: userId,
      points: 0,
      messages: 1,
      last_message_award_at: lastAward,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet({
        messages: sql<number>`recognition_members.messages + 1`,
        last_message_award_at: lastAward,
        updated_at: at,
      }),
    )
    .execute();
  outcomes.push(...(await unlockRewards(db, config, a.rules, guildId, userId, { eventId: event.id, at })));
  outcomes.push({ type: 'member_changed', userId });
  return outcomes;
}

import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { creditMember } from '../credit/creditMember.js';
import { unlockRewards } from '../credit/unlockRewards.js';
import { isRemoved, recordMessageSource } from '../removed/removedMessages.js';
import type { ApplyContext } from './ApplyContext.js';
import type { Outcome } from './Outcome.js';

/**
 * A thanks credits a helpful answer to the member thanked: never to yourself, and at most
 * once per pair of members per channel (or thread) per window (an hour by default), and
 * never for a removed message (the thanking one or the one thanked). The credit is linked to
 * both messages, so removing either later takes it back.
 * @param a - apply context
 * @param event - the detected thanks
 */
export async function applyThanks(
  a: ApplyContext,
  event: DomainEventOf<'recognition.thanks_given'>,
): Promise<Outcome[]> {
  const { fromUserId, toUserId, channelId, at } = event.payload;
  if (fromUserId === toUserId) return [];
  const { db, guildId } = a;
  const messageIds = [
    event.payload.messageId,
    ...(event.payload.aboutMessageId === undefined ? [] : [event.payload.aboutMessageId]),
  ];
  for (const messageId of messageIds) if (await isRemoved(a, messageId)) return [];
  const pair = await db
    .selectFrom('recognition_thanks')
    .select('last_credited_at')
    .where('guild_id', '=', guildId)
    .where('from_user_id', '=', fromUserId)
    .where('to_user_id', '=', toUserId)
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  if (pair !== undefined && at - pair.last_credited_at < a.config.thanks.window) return [];
  const points = a.rules.points.helpful_answer;
  const credit = await creditMember(db, a.rules, guildId, {
    userId: toUserId,
    kind: 'helpful_answer',
    points,
    count: 1,
    alsoCount: ['thanks_received'],
    sourceEventId: event.id,
    at,
  });
  if (!credit.credited) return [];
  for (const messageId of messageIds) {
    await recordMessageSource(db, { eventId: event.id, guildId, messageId, userId: toUserId, kind: 'thanks', at });
  }
  await db
    .insertInto('recognition_thanks')
    .values({
      guild_id: guildId,
      from_user_id: fromUserId,
      to_user_id: toUserId,
      channel_id: channelId,
      last_credited_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'from_user_id', 'to_user_id', 'channel_id']).doUpdateSet({ last_credited_at: at }),
    )
    .execute();
  const outcomes: Outcome[] = [];
  if (points !== 0) {
    outcomes.push({
      type: 'points',
      userId: toUserId,
      points,
      reason: 'helpful_answer',
      total: credit.total,
      sourceEventId: event.id,
      key: event.id,
    });
  }
  outcomes.push(...(await unlockRewards(db, a.config, a.rules, guildId, toUserId, { eventId: event.id, at })));
  outcomes.push({ type: 'member_changed', userId: toUserId });
  return outcomes;
}

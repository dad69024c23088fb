import type { Kysely } from 'kysely';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb, dayOf, type AnalyticsTables } from '../AnalyticsTables.js';
import { ResponseCountChanges } from './responseCounts.js';

/**
 * Whether a human message starts a topic (docs/analytics.md, "Time to first response"): the
 * starter of a thread or forum post (its id equals its channel's id: Discord gives a thread
 * the id of the message it starts from), or a message that replies to nothing and asks a
 * question (contains `?`).
 * @param payload - the message
 */
export function startsTopic(payload: DomainEventOf<'message.created'>['payload']): boolean {
  if (payload.messageId === payload.channelId) return true;
  return payload.referencedMessageId === null && payload.content.includes('?');
}

/**
 * The topics a message may answer: the message it replies to and the thread it is posted in
 * (a thread's id is its starter's id), never itself.
 * @param payload - the message
 */
export function answeredTopics(payload: DomainEventOf<'message.created'>['payload']): string[] {
  const { messageId, channelId, referencedMessageId } = payload;
  return [channelId, ...(referencedMessageId === null ? [] : [referencedMessageId])].filter((id) => id !== messageId);
}

/** A topic: the guild, its starter message (or thread), channel, author and time. */
export interface Topic {
  guildId: string;
  messageId: string;
  channelId: string;
  authorId: string;
  postedAt: number;
}

/**
 * The row of a topic not answered yet.
 * @param topic - the topic
 */
export function newTopicRow(topic: Topic): AnalyticsTables['analytics_topics'] {
  return {
    guild_id: topic.guildId,
    message_id: topic.messageId,
    channel_id: topic.channelId,
    author_id: topic.authorId,
    posted_at: topic.postedAt,
    day: dayOf(topic.postedAt),
    first_response_at: null,
    responder_id: null,
  };
}

/**
 * Records a topic (and counts it, unanswered, in the counts by response time,
 * `ResponseCountChanges`); a second record of the same one changes nothing.
 * @param db - the database
 * @param topic - guild, starter message, channel, author and time
 */
export async function recordTopic(db: Kysely<CoreTables>, topic: Topic): Promise<void> {
  const row = newTopicRow(topic);
  const inserted = await analyticsDb(db)
    .insertInto('analytics_topics')
    .values(row)
    .onConflict((oc) => oc.columns(['guild_id', 'message_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
  const changes = new ResponseCountChanges();
  changes.add(row, 1);
  await changes.apply(db, topic.guildId);
}

/**
 * Records a human message as a response to the topics it answers: the message it replies to
 * and the thread it is posted in (a thread's id is its starter's id). Kept when it is the
 * earliest response so far by someone other than the topic's author (an import may replay
 * messages out of order). A read of those topics by primary key, an update of the ones it
 * answers first, and their moves between response-time buckets (`ResponseCountChanges`).
 * @param db - the database
 * @param event - the message
 */
export async function recordResponse(db: Kysely<CoreTables>, event: DomainEventOf<'message.created'>): Promise<void> {
  const { authorId } = event.payload;
  const answered = answeredTopics(event.payload);
  if (answered.length === 0) return;
  const adb = analyticsDb(db);
  const topics = await adb
    .selectFrom('analytics_topics')
    .select(['message_id', 'channel_id', 'day', 'posted_at', 'first_response_at'])
    .where('guild_id', '=', event.guildId)
    .where('message_id', 'in', answered)
    .where('author_id', '<>', authorId)
    .where('posted_at', '<=', event.occurredAt)
    .where((eb) => eb.or([eb('first_response_at', 'is', null), eb('first_response_at', '>', event.occurredAt)]))
    .execute();
  if (topics.length === 0) return;
  await adb
    .updateTable('analytics_topics')
    .set({ first_response_at: event.occurredAt, responder_id: authorId })
    .where('guild_id', '=', event.guildId)
    .where(
      'message_id',
      'in',
      topics.map((t) => t.message_id),
    )
    .execute();
  const changes = new ResponseCountChanges();
  for (const topic of topics) changes.move(topic, { ...topic, first_response_at: event.occurredAt });
  await changes.apply(db, event.guildId);
}

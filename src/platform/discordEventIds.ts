import { createHash } from 'node:crypto';
import type { EmojiRef, PlatformEventPayloads, ScheduledEventFacts } from '../core/DomainEvent.js';

/**
 * The ids of the domain events that both the live Discord path (src/platform/discord,
 * normalised gateway events) and the history import (src/app/import/dce) record. Both build
 * them here, so a fact seen live and imported from an archive is recorded once (the event log
 * keeps the first). Recorded data depends on these values: never change them.
 */
export const discordEventIds = {
  /**
   * `discord:message.created:<messageId>`.
   * @param messageId - the message's snowflake
   */
  messageCreated: (messageId: string): string => `discord:message.created:${messageId}`,

  /**
   * `discord:reaction.added:<messageId>:<userId>:<emoji id, or name for a Unicode emoji>`.
   * @param messageId - the reacted message's snowflake
   * @param userId - who reacted
   * @param emoji - the emoji (a custom one by id, a Unicode one by its name)
   */
  reactionAdded: (messageId: string, userId: string, emoji: EmojiRef): string =>
    `discord:reaction.added:${messageId}:${userId}:${emoji.id ?? emoji.name}`,

  /**
   * `discord:member.joined:<guildId>:<userId>:<joinedAtMs>`: a member who leaves and joins
   * again has a new join.
   * @param guildId - the guild
   * @param userId - the member
   * @param joinedAt - epoch ms of the join
   */
  memberJoined: (guildId: string, userId: string, joinedAt: number): string =>
    `discord:member.joined:${guildId}:${userId}:${joinedAt}`,

  /**
   * `discord:thread.created:<threadId>`.
   * @param threadId - the thread's snowflake (a thread is a channel)
   */
  threadCreated: (threadId: string): string => `discord:thread.created:${threadId}`,

  /**
   * `discord:thread.updated:<threadId>:<digest of the thread's state and archive time>`: an
   * update carries no time, only the thread as it now is (name, tags, archived, locked) and
   * when its archive status last changed, so a redelivery dedupes while archiving again later
   * is a new event.
   * @param state - the thread after the update
   * @param archivedAt - `thread_metadata.archive_timestamp` as sent (ISO text), or null
   */
  threadUpdated: (state: PlatformEventPayloads['thread.updated'], archivedAt: string | null): string =>
    `discord:thread.updated:${state.threadId}:${digest({ ...state, archivedAt })}`,
  /**
   * `discord:scheduled_event.created:<eventId>`: an event is created once.
   * @param eventId - the scheduled event's snowflake
   */
  scheduledEventCreated: (eventId: string): string => `discord:scheduled_event.created:${eventId}`,

  /**
   * `discord:scheduled_event.updated:<eventId>:<status>:<digest of the event's facts>`: an
   * update carries no time, only the event as it now is, so a redelivery (same state) dedupes;
   * a later change back to exactly an earlier state is recorded once.
   * @param facts - the event after the update
   */
  scheduledEventUpdated: (facts: ScheduledEventFacts): string =>
    `discord:scheduled_event.updated:${facts.scheduledEventId}:${facts.status}:${factsDigest(facts)}`,

  /**
   * `discord:scheduled_event.deleted:<eventId>`.
   * @param eventId - the scheduled event's snowflake
   */
  scheduledEventDeleted: (eventId: string): string => `discord:scheduled_event.deleted:${eventId}`,

  /**
   * `discord:scheduled_event.<user_added|user_removed>:<eventId>:<userId>:<receivedAtMs>`: the
   * payload has no time and a member may mark, unmark and mark again, so the receipt time
   * keeps each occurrence (a redelivery is recorded twice; handlers are idempotent).
   * @param change - added or removed
   * @param eventId - the scheduled event
   * @param userId - the member
   * @param receivedAt - epoch ms the dispatch arrived
   */
  scheduledEventUser: (change: 'added' | 'removed', eventId: string, userId: string, receivedAt: number): string =>
    `discord:scheduled_event.user_${change}:${eventId}:${userId}:${receivedAt}`,
} as const;

/** 16 hex digits of SHA-256 over the facts in a fixed key order. */
function factsDigest(facts: ScheduledEventFacts): string {
  const ordered = Object.keys(facts)
    .sort()
    .map((key) => [key, facts[key as keyof ScheduledEventFacts]]);
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex').slice(0, 16);
}

/** 16 hex digits of SHA-256 over an object's entries in key order. */
function digest(fields: object): string {
  const ordered = Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex').slice(0, 16);
}

import type { EmojiRef } from '../core/DomainEvent.js';

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
} as const;

import { z } from 'zod';
import { domainEvent, type DomainEvent, type PlatformEventPayloads } from '../../core/DomainEvent.js';
import { discordEventIds } from '../discordEventIds.js';
import type { NormaliseContext } from './NormaliseContext.js';
import { snowflakeTime, timestampMs } from './snowflakeTime.js';

/**
 * The thread channel object THREAD_CREATE and THREAD_UPDATE carry (fields Guildhall reads).
 * @see https://discord.com/developers/docs/resources/channel#channel-object
 * @see https://discord.com/developers/docs/resources/channel#thread-metadata-object
 */
const threadChannel = z.object({
  id: z.string(),
  guild_id: z.string(),
  parent_id: z.string().nullish(),
  owner_id: z.string().nullish(),
  name: z.string().default(''),
  /** Forum and media posts only. */
  applied_tags: z.array(z.string()).nullish(),
  thread_metadata: z
    .object({
      create_timestamp: z.string().nullish(),
      archived: z.boolean().optional(),
      locked: z.boolean().optional(),
      archive_timestamp: z.string().nullish(),
    })
    .optional(),
});

/**
 * THREAD_CREATE → `thread.created`, id `discord:thread.created:<threadId>`. Discord also
 * sends THREAD_CREATE when the bot is added to an existing private thread; the id is the
 * same, so the event log records the thread once either way. A forum post's `applied_tags`
 * become `appliedTags` (left out when Discord sends none).
 * @param data - the dispatch payload (a channel object)
 * @see https://discord.com/developers/docs/events/gateway-events#thread-create
 */
export function normaliseThreadCreated(data: unknown): DomainEvent[] {
  const d = threadChannel.parse(data);
  // create_timestamp exists for threads created after 2022-01-09; a thread started from a
  // message shares that message's id, so the snowflake is only a fallback.
  const createdAt = timestampMs(d.thread_metadata?.create_timestamp, snowflakeTime(d.id));
  return [
    domainEvent('thread.created', {
      id: discordEventIds.threadCreated(d.id),
      guildId: d.guild_id,
      occurredAt: createdAt,
      source: 'discord',
      payload: {
        threadId: d.id,
        parentId: d.parent_id ?? null,
        ownerId: d.owner_id ?? null,
        name: d.name,
        ...(d.applied_tags === null || d.applied_tags === undefined ? {} : { appliedTags: d.applied_tags }),
      },
    }),
  ];
}

/**
 * THREAD_UPDATE → `thread.updated` with the thread as it is after the change (name, tags,
 * archived, locked), timed at receipt (the payload carries no time). Its id
 * (`discordEventIds.threadUpdated`) digests that state and the archive timestamp, so a
 * redelivered update is recorded once while a thread archived, reopened and archived again
 * is recorded each time.
 * @param data - the dispatch payload (the thread channel object)
 * @param ctx - receipt time
 * @see https://discord.com/developers/docs/events/gateway-events#thread-update
 */
export function normaliseThreadUpdated(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const d = threadChannel.parse(data);
  const payload: PlatformEventPayloads['thread.updated'] = {
    threadId: d.id,
    parentId: d.parent_id ?? null,
    name: d.name,
    appliedTags: d.applied_tags ?? [],
    archived: d.thread_metadata?.archived ?? false,
    locked: d.thread_metadata?.locked ?? false,
  };
  return [
    domainEvent('thread.updated', {
      id: discordEventIds.threadUpdated(payload, d.thread_metadata?.archive_timestamp ?? null),
      guildId: d.guild_id,
      occurredAt: ctx.receivedAt,
      source: 'discord',
      payload,
    }),
  ];
}

import { z } from 'zod';
import { domainEvent, type DomainEvent } from '../../core/DomainEvent.js';
import { discordEventIds } from '../discordEventIds.js';
import { snowflakeTime, timestampMs } from './snowflakeTime.js';

const threadCreate = z.object({
  id: z.string(),
  guild_id: z.string(),
  parent_id: z.string().nullish(),
  owner_id: z.string().nullish(),
  name: z.string().default(''),
  thread_metadata: z.object({ create_timestamp: z.string().nullish() }).optional(),
});

/**
 * THREAD_CREATE → `thread.created`, id `discord:thread.created:<threadId>`. Discord also
 * sends THREAD_CREATE when the bot is added to an existing private thread; the id is the
 * same, so the event log records the thread once either way.
 * @param data - the dispatch payload (a channel object)
 * @see https://discord.com/developers/docs/events/gateway-events#thread-create
 */
export function normaliseThreadCreated(data: unknown): DomainEvent[] {
  const d = threadCreate.parse(data);
  // create_timestamp exists for threads created after 2022-01-09; a thread started from a
  // message shares that message's id, so the snowflake is only a fallback.
  const createdAt = timestampMs(d.thread_metadata?.create_timestamp, snowflakeTime(d.id));
  return [
    domainEvent('thread.created', {
      id: discordEventIds.threadCreated(d.id),
      guildId: d.guild_id,
      occurredAt: createdAt,
      source: 'discord',
      payload: { threadId: d.id, parentId: d.parent_id ?? null, ownerId: d.owner_id ?? null, name: d.name },
    }),
  ];
}

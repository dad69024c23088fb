import { z } from 'zod';
import { domainEvent, type DomainEvent } from '../../core/DomainEvent.js';
import { discordEventIds } from '../discordEventIds.js';
import type { NormaliseContext } from './NormaliseContext.js';
import { parseScheduledEvent, scheduledEventFacts } from './scheduledEventRest.js';
import { snowflakeTime } from './snowflakeTime.js';

const eventUser = z.object({
  guild_scheduled_event_id: z.string(),
  user_id: z.string(),
  guild_id: z.string(),
});

/**
 * GUILD_SCHEDULED_EVENT_CREATE → `scheduled_event.created`, id
 * `discord:scheduled_event.created:<eventId>`, at the time in the event's snowflake.
 * @param data - the dispatch payload (a guild scheduled event object)
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-create
 */
export function normaliseScheduledEventCreated(data: unknown): DomainEvent[] {
  const event = parseScheduledEvent(data);
  return [
    domainEvent('scheduled_event.created', {
      id: discordEventIds.scheduledEventCreated(event.id),
      guildId: event.guildId,
      occurredAt: snowflakeTime(event.id),
      source: 'discord',
      payload: scheduledEventFacts(event),
    }),
  ];
}

/**
 * GUILD_SCHEDULED_EVENT_UPDATE → `scheduled_event.updated` (any change: text, time, place,
 * status), id from the event's new state (see `discordEventIds.scheduledEventUpdated`), so a
 * redelivered update is recorded once.
 * @param data - the dispatch payload (the event after the change)
 * @param ctx - receipt time
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-update
 */
export function normaliseScheduledEventUpdated(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const event = parseScheduledEvent(data);
  const facts = scheduledEventFacts(event);
  return [
    domainEvent('scheduled_event.updated', {
      id: discordEventIds.scheduledEventUpdated(facts),
      guildId: event.guildId,
      occurredAt: ctx.receivedAt,
      source: 'discord',
      payload: facts,
    }),
  ];
}

/**
 * GUILD_SCHEDULED_EVENT_DELETE → `scheduled_event.deleted`, id
 * `discord:scheduled_event.deleted:<eventId>`, with the event as it was.
 * @param data - the dispatch payload (the deleted event)
 * @param ctx - receipt time
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-delete
 */
export function normaliseScheduledEventDeleted(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  const event = parseScheduledEvent(data);
  return [
    domainEvent('scheduled_event.deleted', {
      id: discordEventIds.scheduledEventDeleted(event.id),
      guildId: event.guildId,
      occurredAt: ctx.receivedAt,
      source: 'discord',
      payload: scheduledEventFacts(event),
    }),
  ];
}

/**
 * GUILD_SCHEDULED_EVENT_USER_ADD → `scheduled_event.user_added`, id with the receipt time
 * (the payload has none, and a member may mark "interested" again after taking it back).
 * @param data - `{ guild_scheduled_event_id, user_id, guild_id }`
 * @param ctx - receipt time
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-user-add
 */
export function normaliseScheduledEventUserAdded(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  return [userEvent('added', data, ctx)];
}

/**
 * GUILD_SCHEDULED_EVENT_USER_REMOVE → `scheduled_event.user_removed`, id with the receipt time.
 * @param data - `{ guild_scheduled_event_id, user_id, guild_id }`
 * @param ctx - receipt time
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-user-remove
 */
export function normaliseScheduledEventUserRemoved(data: unknown, ctx: NormaliseContext): DomainEvent[] {
  return [userEvent('removed', data, ctx)];
}

function userEvent(change: 'added' | 'removed', data: unknown, ctx: NormaliseContext): DomainEvent {
  const d = eventUser.parse(data);
  const base = {
    id: discordEventIds.scheduledEventUser(change, d.guild_scheduled_event_id, d.user_id, ctx.receivedAt),
    guildId: d.guild_id,
    occurredAt: ctx.receivedAt,
    source: 'discord' as const,
    payload: { scheduledEventId: d.guild_scheduled_event_id, userId: d.user_id },
  };
  return change === 'added'
    ? domainEvent('scheduled_event.user_added', base)
    : domainEvent('scheduled_event.user_removed', base);
}

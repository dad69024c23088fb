import { seedPresence } from '../attendance/seedPresence.js';
import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';

/**
 * Marks `event` active (here and on Discord) at its start. The local change always stands:
 * when Discord refuses to start its scheduled event (missing Manage Events, the event gone
 * or already started by the host, a stage event without its stage open), the failure is
 * logged and the event is still active here. Emits `events.started`, then counts the members
 * already in its voice channel as present from the start (`seedPresence`).
 * @param ctx - module context
 * @param event - the event, current and still scheduled
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#modify-guild-scheduled-event
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-guild-scheduled-event-status
 */
export async function startEvent(ctx: EventsContext, event: CommunityEvent): Promise<void> {
  const { guild_id: guildId, id: eventId } = event;
  await new CommunityEvents(ctx.db).update(guildId, eventId, { status: 'active' }, ctx.clock.now());
  if (event.platform_event_id !== null) {
    try {
      await ctx.platform.editScheduledEvent(
        guildId,
        event.platform_event_id,
        { status: 'active' },
        `Guildhall: “${event.title}” starts`,
      );
    } catch (error) {
      ctx.log.warn(
        { err: error, guildId, eventId, platformEventId: event.platform_event_id },
        'events: could not start the Discord scheduled event; it is active here',
      );
    }
  }
  await ctx.emit('events.started', { eventId, title: event.title }, { guildId, key: `${eventId}:${event.start_at}` });
  await seedPresence(ctx, event);
}

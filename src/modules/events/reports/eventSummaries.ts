import { discordEventUrl } from '../calendar/renderCalendar.js';
import { EVENT_TYPE_LABELS } from '../config/EventTypes.js';
import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { eventPlaces } from '../calendar/eventPlaces.js';
import { eventCounts } from './eventCounts.js';
import type { EventSummary } from './EventsReportsApi.js';

/**
 * Events as the dashboard lists them: with their place in words, Discord link and counts.
 * @param ctx - module context (db, platform for channel names)
 * @param guildId - the guild
 * @param events - the rows, in the order wanted
 */
export async function eventSummaries(
  ctx: Pick<EventsContext, 'db' | 'platform'>,
  guildId: string,
  events: readonly CommunityEvent[],
): Promise<EventSummary[]> {
  const counts = await eventCounts(ctx.db, guildId, events);
  const placeOf = await eventPlaces(ctx, guildId);
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    type: event.type,
    typeLabel: EVENT_TYPE_LABELS[event.type],
    status: event.status,
    startAt: event.start_at,
    endAt: event.end_at,
    place: placeOf(event),
    channelId: event.channel_id,
    capacity: event.capacity,
    seriesId: event.series_id,
    discordUrl: event.platform_event_id === null ? null : discordEventUrl(guildId, event.platform_event_id),
    closed: event.closed_at !== null,
    counts: counts.get(event.id) ?? {
      going: 0,
      maybe: 0,
      notGoing: 0,
      waitlisted: 0,
      interested: 0,
      attended: null,
      attendanceRate: null,
    },
  }));
}

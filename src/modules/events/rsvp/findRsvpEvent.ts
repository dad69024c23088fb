import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';
import { shortEventKey, type RsvpAction } from './rsvpCustomIds.js';

/** How many upcoming events a short key is looked for among (Discord schedules at most 100). */
const SHORT_KEY_SEARCH = 200;

/**
 * The event an RSVP button is for: by id, or for a short key among the events not over.
 * @param ctx - module context
 * @param guildId - the guild
 * @param action - the parsed custom id
 */
export async function findRsvpEvent(
  ctx: EventsContext,
  guildId: string,
  action: RsvpAction,
): Promise<CommunityEvent | undefined> {
  const events = new CommunityEvents(ctx.db);
  if ('eventId' in action) return events.get(guildId, action.eventId);
  const upcoming = await events.upcoming(guildId, ctx.clock.now(), SHORT_KEY_SEARCH);
  return upcoming.find((event) => shortEventKey(event.id) === action.shortKey);
}

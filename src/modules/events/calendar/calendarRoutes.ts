import { z } from 'zod';
import { CalendarFile, defineRoute } from '../../../core/defineRoute.js';
import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { EventMembers } from '../store/EventMembers.js';
import { eventPlaces } from './eventPlaces.js';
import { communityFeedEvents, memberFeedEvents } from './feedEvents.js';
import { FEED_TOKEN, feedTokenHash } from './feedToken.js';
import { renderCalendar } from './renderCalendar.js';

async function calendarOf(
  ctx: EventsContext,
  guildId: string,
  name: string,
  events: readonly CommunityEvent[],
): Promise<string> {
  const placeOf = await eventPlaces(ctx, guildId);
  return renderCalendar({ guildId, name, entries: events.map((event) => ({ event, place: placeOf(event) })) });
}

/**
 * `GET /api/events/calendar.ics`: the community calendar (no member data). Open to anyone when
 * `events.calendar.public` is true, else to signed-in staff (any dashboard role).
 */
export const communityCalendarRoute = defineRoute({
  method: 'GET',
  path: '/calendar.ics',
  access: 'public',
  summary:
    "The community's iCalendar feed: events from 30 days ago to a year ahead, cancelled ones as STATUS:CANCELLED (public when events.calendar.public, else staff only)",
  produces: 'text/calendar',
  response: CalendarFile,
  handle: async ({ actor, guildId }, ctx: EventsContext) => {
    if (!ctx.config.calendar.public && actor === null) {
      return { status: 403, error: 'the community calendar is not public: sign in to the dashboard' };
    }
    const events = await communityFeedEvents(ctx.db, guildId, ctx.clock.now());
    return {
      status: 200,
      body: { filename: 'community.ics', body: await calendarOf(ctx, guildId, ctx.community.community.name, events) },
    };
  },
});

/**
 * `GET /api/events/feeds/:token.ics`: a member's secret feed (the events they answered Going or
 * Maybe to, or wait for). The token is looked up by its SHA-256; unknown or revoked is 404.
 */
export const memberFeedRoute = defineRoute({
  method: 'GET',
  path: '/feeds/:token.ics',
  access: 'public',
  summary:
    "A member's secret iCalendar feed of the events they RSVPd Going or Maybe to or are waitlisted for (from `/events calendar`; 404 once revoked)",
  params: z.object({ token: z.string().max(100) }),
  produces: 'text/calendar',
  response: CalendarFile,
  handle: async ({ params, guildId }, ctx: EventsContext) => {
    const member = FEED_TOKEN.test(params.token)
      ? await new EventMembers(ctx.db).byFeedTokenHash(guildId, feedTokenHash(params.token))
      : undefined;
    if (member === undefined) return { status: 404, error: 'no such calendar feed (revoked or never issued)' };
    const events = await memberFeedEvents(ctx.db, guildId, member.user_id, ctx.clock.now());
    const name = `${ctx.community.community.name}: my events`;
    return { status: 200, body: { filename: 'my-events.ics', body: await calendarOf(ctx, guildId, name, events) } };
  },
});

/** The iCalendar routes, in the calendar part. */
export const calendarRoutes = [communityCalendarRoute, memberFeedRoute];

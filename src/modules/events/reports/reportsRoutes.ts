import { defineRoute } from '../../../core/defineRoute.js';
import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents } from '../store/CommunityEvents.js';
import { eventDetail } from './eventDetail.js';
import { eventStats } from './eventStats.js';
import { eventSummaries } from './eventSummaries.js';
import { resolveDayRange } from '../../../core/dayRange.js';
import { EventDetail, EventIdParams, EventList, EventsRangeQuery, EventStats, Programme } from './EventsReportsApi.js';
import { programmeView } from './programmeView.js';

/**
 * `GET /api/events/list?from&to`: the events starting in a range (default: 30 days back, 60
 * ahead). Not `GET /api/events`: that is the dashboard's feed of the event log.
 */
export const eventListRoute = defineRoute({
  method: 'GET',
  path: '/list',
  access: 'viewer',
  summary:
    'Events starting in a date range (default 30 days ago to 60 days ahead), cancelled ones included, with RSVP counts and, once closed, attendance',
  query: EventsRangeQuery,
  response: EventList,
  handle: async ({ query, guildId }, ctx: EventsContext) => {
    const range = resolveDayRange(query, ctx.clock.now(), { before: 30, after: 60 });
    if ('error' in range) return { status: 400, error: range.error };
    const rows = await new CommunityEvents(ctx.db).startingBetween(guildId, range.fromMs, range.toMs);
    return {
      status: 200,
      body: { range: { from: range.from, to: range.to }, events: await eventSummaries(ctx, guildId, rows) },
    };
  },
});

/** `GET /api/events/programme`: the series and one-offs of community.yaml with their next occurrences. */
export const programmeRoute = defineRoute({
  method: 'GET',
  path: '/programme',
  access: 'viewer',
  summary:
    'The programme of community.yaml: each series with its RRULE (and in words), time zone and next occurrences with their status; the one-offs',
  response: Programme,
  handle: async ({ guildId }, ctx: EventsContext) => ({
    status: 200,
    body: await programmeView(ctx, guildId, ctx.clock.now()),
  }),
});

/** `GET /api/events/stats?from&to`: attendance rates and survey averages (default: the last 90 days). */
export const statsRoute = defineRoute({
  method: 'GET',
  path: '/stats',
  access: 'viewer',
  summary:
    'Attendance rate per closed event and per event type, with survey averages per type, over a date range (default the last 90 days)',
  query: EventsRangeQuery,
  response: EventStats,
  handle: async ({ query, guildId }, ctx: EventsContext) => {
    const range = resolveDayRange(query, ctx.clock.now(), { before: 89, after: 0 });
    if ('error' in range) return { status: 400, error: range.error };
    return { status: 200, body: await eventStats(ctx, guildId, range) };
  },
});

/** `GET /api/events/:id`: one event with RSVPs, waitlist, attendance and survey results. */
export const eventDetailRoute = defineRoute({
  method: 'GET',
  path: '/:id',
  access: 'viewer',
  summary:
    'One event: its details and counts, every RSVP with member names, the waitlist in promotion order, attendance (minutes present and unmuted) and survey results',
  params: EventIdParams,
  response: EventDetail,
  handle: async ({ params, guildId }, ctx: EventsContext) => {
    const detail = await eventDetail(ctx, guildId, params.id);
    return detail === undefined ? { status: 404, error: 'no such event' } : { status: 200, body: detail };
  },
});

/** The dashboard's routes, in the calendar part. */
export const reportsRoutes = [eventListRoute, programmeRoute, statsRoute, eventDetailRoute];

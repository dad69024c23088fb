import type { EventsContext } from '../EventsContext.js';
import { eventsDb } from '../EventsTables.js';
import { Attendance } from '../store/Attendance.js';
import { CommunityEvents } from '../store/CommunityEvents.js';
import { eventSurveyResults } from '../survey/surveyResults.js';
import { eventSummaries } from './eventSummaries.js';
import type { EventDetail } from './EventsReportsApi.js';
import { memberDisplayNames as memberNames } from '../../../core/members/memberDisplayNames.js';

const MINUTE = 60_000;

/**
 * One event for its dashboard page: the event, every RSVP with the member's name, the
 * waitlist in promotion order, the attendance rows (minutes present and unmuted) and the
 * survey's results. Undefined when there is no such event.
 * @param ctx - module context
 * @param guildId - the guild
 * @param eventId - the event
 */
export async function eventDetail(
  ctx: Pick<EventsContext, 'db' | 'platform' | 'members'>,
  guildId: string,
  eventId: string,
): Promise<EventDetail | undefined> {
  const event = await new CommunityEvents(ctx.db).get(guildId, eventId);
  if (event === undefined) return undefined;
  const [summary] = await eventSummaries(ctx, guildId, [event]);
  const survey = await eventSurveyResults(ctx.db, guildId, eventId);
  if (summary === undefined || survey === undefined) return undefined;
  const rsvps = await eventsDb(ctx.db)
    .selectFrom('events_rsvps')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .orderBy('user_id')
    .execute();
  const attendance = await new Attendance(ctx.db).ofEvent(guildId, eventId);
  const ids = [...rsvps.map((r) => r.user_id), ...attendance.map((a) => a.user_id)];
  if (event.host_id !== null) ids.push(event.host_id);
  const names = await memberNames(ctx, guildId, ids);
  const nameOf = (userId: string): string => names.get(userId) ?? userId;
  const waitlist = rsvps
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlisted_at ?? 0) - (b.waitlisted_at ?? 0) || a.user_id.localeCompare(b.user_id));
  return {
    event: {
      ...summary,
      description: event.description,
      location: event.location,
      hostId: event.host_id,
      hostName: event.host_id === null ? null : nameOf(event.host_id),
      sequence: event.sequence,
    },
    rsvps: rsvps.map((r) => ({
      userId: r.user_id,
      name: nameOf(r.user_id),
      status: r.status,
      interested: r.interested === 1,
      answeredAt: r.updated_at,
    })),
    waitlist: waitlist.map((r, index) => ({
      position: index + 1,
      userId: r.user_id,
      name: nameOf(r.user_id),
      since: r.waitlisted_at ?? r.updated_at,
    })),
    attendance: attendance
      .map((a) => ({
        userId: a.user_id,
        name: nameOf(a.user_id),
        presentMinutes: Math.round(a.present_ms / MINUTE),
        unmutedMinutes: Math.round(a.unmuted_ms / MINUTE),
        attended: a.attended === 1,
      }))
      .sort((a, b) => b.presentMinutes - a.presentMinutes || a.name.localeCompare(b.name)),
    survey: {
      responses: survey.responses,
      attendees: survey.attendees,
      responseRate: survey.responseRate,
      rating: survey.rating,
      contentQuality: survey.contentQuality,
      engagement: survey.engagement,
      improvements: survey.improvements,
      futureTopics: survey.futureTopics,
    },
  };
}

import { EVENT_TYPE_LABELS, type EventType } from '../config/EventTypes.js';
import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents } from '../store/CommunityEvents.js';
import { surveyResultsByType } from '../survey/surveyResults.js';
import { eventCounts } from './eventCounts.js';
import type { EventStats } from './EventsReportsApi.js';
import type { DayRangeMs } from '../../../core/dayRange.js';

/**
 * Attendance and survey figures of the closed (ended, not cancelled) events starting in a
 * range: per event (going, attended, share of those going who attended) and per type (the
 * same summed, with the survey's mean scores).
 * @param ctx - module context
 * @param guildId - the guild
 * @param range - the range
 */
export async function eventStats(
  ctx: Pick<EventsContext, 'db'>,
  guildId: string,
  range: DayRangeMs,
): Promise<EventStats> {
  const closed = (await new CommunityEvents(ctx.db).startingBetween(guildId, range.fromMs, range.toMs)).filter(
    (e) => e.closed_at !== null && e.status !== 'canceled',
  );
  const counts = await eventCounts(ctx.db, guildId, closed);
  const events = closed.map((event) => {
    const c = counts.get(event.id);
    return {
      id: event.id,
      title: event.title,
      type: event.type,
      startAt: event.start_at,
      going: c?.going ?? 0,
      attended: c?.attended ?? 0,
      attendanceRate: c?.attendanceRate ?? null,
    };
  });
  const surveys = new Map(
    (await surveyResultsByType(ctx.db, guildId, { from: range.fromMs, to: range.toMs })).map((s) => [s.eventType, s]),
  );
  const types = [...new Set(events.map((e) => e.type))].sort((a, b) => a.localeCompare(b));
  const byType = types.map((type: EventType) => {
    const ofType = events.filter((e) => e.type === type);
    const going = ofType.reduce((sum, e) => sum + e.going, 0);
    const goingAttended = ofType.reduce((sum, e) => sum + (e.attendanceRate ?? 0) * e.going, 0);
    const survey = surveys.get(type);
    return {
      type,
      typeLabel: EVENT_TYPE_LABELS[type],
      events: ofType.length,
      going,
      attended: ofType.reduce((sum, e) => sum + e.attended, 0),
      attendanceRate: going === 0 ? null : Math.round(goingAttended) / going,
      surveyResponses: survey?.responses ?? 0,
      rating: survey?.rating.mean ?? null,
      contentQuality: survey?.contentQuality.mean ?? null,
      engagement: survey?.engagement.mean ?? null,
    };
  });
  return { range: { from: range.from, to: range.to }, events, byType };
}

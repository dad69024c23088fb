import type { EventsContext } from '../EventsContext.js';
import { goingMembers } from '../attendance/goingMembers.js';
import { Attendance } from '../store/Attendance.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';

/** Whether a member may answer an event's survey now, and why not. */
export type SurveyAccess = { ok: true; event: CommunityEvent } | { ok: false; reason: string };

/**
 * Who may answer: members who attended the event or had RSVPd going, once it has ended
 * (attendance closed) and until `survey.openFor` after its end.
 * @param ctx - module context
 * @param guildId - the guild
 * @param eventId - the event
 * @param userId - the member answering
 */
export async function surveyAccess(
  ctx: EventsContext,
  guildId: string,
  eventId: string,
  userId: string,
): Promise<SurveyAccess> {
  const event = await new CommunityEvents(ctx.db).get(guildId, eventId);
  if (event === undefined || event.status === 'canceled') return { ok: false, reason: 'This event no longer exists.' };
  if (!ctx.config.survey.enabled) return { ok: false, reason: 'Surveys are switched off in this server.' };
  if (event.closed_at === null) return { ok: false, reason: 'The survey opens when the event has ended.' };
  const closesAt = event.end_at + ctx.config.survey.openFor;
  if (ctx.clock.now() > closesAt)
    return { ok: false, reason: `The survey of “${event.title}” closed <t:${Math.floor(closesAt / 1000)}:R>.` };
  const attended = await new Attendance(ctx.db).get({ guildId, eventId, userId });
  if (attended?.attended === 1) return { ok: true, event };
  if ((await goingMembers(ctx.db, guildId, eventId)).includes(userId)) return { ok: true, event };
  return { ok: false, reason: `The survey of “${event.title}” is for members who attended or said they were going.` };
}

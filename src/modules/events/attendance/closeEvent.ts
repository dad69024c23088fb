import type { EventsContext } from '../EventsContext.js';
import { Attendance, sessionOf } from '../store/Attendance.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';
import { postSurvey } from '../survey/postSurvey.js';
import { goingMembers } from './goingMembers.js';
import { leaveSession } from './voiceSession.js';

const MINUTE_MS = 60_000;

/**
 * At the event's end: closes the voice sessions still open at `end_at`; marks as attended the
 * members over `attendance.minMinutes` (unmuted minutes with `requireUnmuted`); emits
 * `events.attended` and credits `event_attended` per attendee, `event_hosted` to the host
 * (through `contribution.recorded`, which recognition turns into points); emits `events.ended`
 * (going, attended, no-shows, walk-ins, rate); marks the event completed, here and on Discord
 * when it was active there; posts the survey. An event with a location instead of a voice
 * channel has no voice attendance: it ends with nobody attended and no rate. The host is not part of the
 * audience: their minutes are kept, but they are never counted going, attended, no-show or
 * walk-in; they get `event_hosted` instead.
 * @param ctx - module context
 * @param event - the event, current and not closed
 */
export async function closeEvent(ctx: EventsContext, event: CommunityEvent): Promise<void> {
  const guildId = event.guild_id;
  const now = ctx.clock.now();
  const attendees = await closeSessions(ctx, event, now);
  const going = (await goingMembers(ctx.db, guildId, event.id)).filter((id) => id !== event.host_id);
  const attendedIds = attendees.map((a) => a.userId);
  for (const a of attendees) {
    await ctx.emit(
      'events.attended',
      {
        eventId: event.id,
        userId: a.userId,
        eventType: event.type,
        minutes: a.minutes,
        unmutedMinutes: a.unmutedMinutes,
      },
      { key: `${event.id}:attended:${a.userId}`, guildId },
    );
    await ctx.emit(
      'contribution.recorded',
      { userId: a.userId, kind: 'event_attended', sourceId: event.id, ...channelOf(event) },
      { key: `${event.id}:event_attended:${a.userId}`, guildId },
    );
  }
  if (event.host_id !== null) {
    await ctx.emit(
      'contribution.recorded',
      { userId: event.host_id, kind: 'event_hosted', sourceId: event.id, ...channelOf(event) },
      { key: `${event.id}:event_hosted:${event.host_id}`, guildId },
    );
  }
  const attendedSet = new Set(attendedIds);
  const goingSet = new Set(going);
  const noShows = going.filter((id) => !attendedSet.has(id)).length;
  const walkIns = attendedIds.filter((id) => !goingSet.has(id)).length;
  await ctx.emit(
    'events.ended',
    {
      eventId: event.id,
      title: event.title,
      eventType: event.type,
      going: going.length,
      attended: attendedIds.length,
      noShows,
      walkIns,
      // Not measurable without RSVPs, nor for an event held somewhere else than voice.
      // Show-up rate: the going members who came; walk-ins are reported, not counted.
      rate: going.length === 0 || event.channel_id === null ? null : (going.length - noShows) / going.length,
    },
    { key: `${event.id}:ended`, guildId },
  );
  await new CommunityEvents(ctx.db).update(guildId, event.id, { status: 'completed', closed_at: now }, now);
  await completeOnDiscord(ctx, event);
  if (ctx.config.survey.enabled) await postSurvey(ctx, event, attendedIds, going);
}

/** One attendee's counted minutes. */
interface Attendee {
  userId: string;
  minutes: number;
  unmutedMinutes: number;
}

/** Closes every open session at the end, marks who attended, answers the attendees by id. */
async function closeSessions(ctx: EventsContext, event: CommunityEvent, now: number): Promise<Attendee[]> {
  const attendance = new Attendance(ctx.db);
  const window = { startAt: event.start_at, endAt: event.end_at };
  const threshold = ctx.config.attendance.minMinutes * MINUTE_MS;
  const attendees: Attendee[] = [];
  for (const row of await attendance.ofEvent(event.guild_id, event.id)) {
    const session = leaveSession(sessionOf(row), window, event.end_at);
    const counted = ctx.config.attendance.requireUnmuted ? session.unmutedMs : session.presentMs;
    const attended = row.user_id !== event.host_id && counted >= threshold;
    await attendance.save({ guildId: event.guild_id, eventId: event.id, userId: row.user_id }, session, attended, now);
    if (attended) {
      attendees.push({
        userId: row.user_id,
        minutes: Math.floor(session.presentMs / MINUTE_MS),
        unmutedMinutes: Math.floor(session.unmutedMs / MINUTE_MS),
      });
    }
  }
  return attendees;
}

/** The channel a contribution happened in, when the event had one. */
function channelOf(event: CommunityEvent): { channelId?: string } {
  return event.channel_id === null ? {} : { channelId: event.channel_id };
}

/**
 * Ends the Discord scheduled event (active → completed). Only an active event can complete on
 * Discord; a failure is logged, not thrown: attendance is closed either way.
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#modify-guild-scheduled-event
 */
async function completeOnDiscord(ctx: EventsContext, event: CommunityEvent): Promise<void> {
  if (event.platform_event_id === null || event.status !== 'active') return;
  try {
    await ctx.platform.editScheduledEvent(
      event.guild_id,
      event.platform_event_id,
      { status: 'completed' },
      'Guildhall: the event ended',
    );
  } catch (error) {
    ctx.log.warn(
      { guildId: event.guild_id, eventId: event.id, err: error },
      'events: could not mark the Discord event completed',
    );
  }
}

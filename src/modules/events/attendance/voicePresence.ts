import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { EventsContext } from '../EventsContext.js';
import { Attendance, sessionOf } from '../store/Attendance.js';
import { CommunityEvents } from '../store/CommunityEvents.js';
import { joinSession, leaveSession, setUnmuted, type VoiceSession, type EventWindow } from './voiceSession.js';

/**
 * A join this long before an event's start already belongs to it (its minutes count from the
 * start): members gather before the event begins.
 */
export const ATTENDANCE_LEAD_MS = 10 * 60_000;

type VoiceEvent = DomainEventOf<'voice.joined'> | DomainEventOf<'voice.left'> | DomainEventOf<'voice.mute_changed'>;

/**
 * Applies one voice change to the member's session in every open event of the channel whose
 * presence window (10 minutes before the start to the end) contains the change's time.
 * Members the directory knows as bots are not counted.
 */
async function applyToEvents(
  event: VoiceEvent,
  ctx: EventsContext,
  change: (session: VoiceSession, window: EventWindow, at: number) => VoiceSession,
): Promise<void> {
  const { userId, channelId } = event.payload;
  const at = event.occurredAt;
  const events = await new CommunityEvents(ctx.db).inChannelAt(event.guildId, channelId, at, ATTENDANCE_LEAD_MS);
  if (events.length === 0) return;
  if ((await ctx.members.get(event.guildId, userId))?.bot === true) return;
  const attendance = new Attendance(ctx.db);
  for (const e of events) {
    const key = { guildId: event.guildId, eventId: e.id, userId };
    const before = sessionOf(await attendance.get(key));
    const after = change(before, { startAt: e.start_at, endAt: e.end_at }, at);
    await attendance.save(key, after, false, ctx.clock.now());
  }
}

/**
 * `voice.joined`: opens the member's session (from the start when early), unmuted unless
 * muted or deafened. A move between channels arrives as `voice.left` then `voice.joined`.
 * @param event - the join
 * @param ctx - module context
 */
export async function onVoiceJoined(event: DomainEventOf<'voice.joined'>, ctx: EventsContext): Promise<void> {
  const unmuted = !event.payload.muted && !event.payload.deafened;
  await applyToEvents(event, ctx, (s, w, at) => joinSession(s, w, at, unmuted));
}

/**
 * `voice.left`: closes the member's session, adding its minutes (within the event).
 * @param event - the leave
 * @param ctx - module context
 */
export async function onVoiceLeft(event: DomainEventOf<'voice.left'>, ctx: EventsContext): Promise<void> {
  await applyToEvents(event, ctx, leaveSession);
}

/**
 * `voice.mute_changed`: closes or opens the member's unmuted stretch.
 * @param event - the change
 * @param ctx - module context
 */
export async function onVoiceMuteChanged(
  event: DomainEventOf<'voice.mute_changed'>,
  ctx: EventsContext,
): Promise<void> {
  const unmuted = !event.payload.muted && !event.payload.deafened;
  await applyToEvents(event, ctx, (s, w, at) => setUnmuted(s, w, at, unmuted));
}

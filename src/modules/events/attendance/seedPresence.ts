import type { EventsContext } from '../EventsContext.js';
import { Attendance, sessionOf } from '../store/Attendance.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { joinSession } from './voiceSession.js';

/**
 * A start job this late still counts the members it finds from the start (the scheduler polls
 * every second); later, Guildhall was down at the start and a member found then may have come
 * meanwhile, so they count from when found.
 */
export const SEED_FROM_START_MS = 60_000;

/**
 * At the event's start: opens a stay from `start_at` for every member already in the event's
 * voice channel without an open stay — members who sat there since before the presence window
 * send no voice event, so only the platform's voice state shows them. Muted or deafened
 * members open no unmuted stretch. Idempotent: a member with an open stay is left as is (and a
 * later `voice.joined` while open keeps the earlier start, see `joinSession`); one with minutes
 * already counted but no open stay (a repeated run, a join that was missed) is opened from now,
 * never counting the same minutes twice; so is everyone when the start job runs more than
 * {@link SEED_FROM_START_MS} late. Members the directory knows as bots and events
 * without a voice channel are skipped. Reading the channel can fail: that is logged, and the
 * event starts anyway (voice events still count from then on).
 * @param ctx - module context
 * @param event - the event starting now
 * @see https://discord.com/developers/docs/resources/voice#voice-state-object
 */
export async function seedPresence(ctx: EventsContext, event: CommunityEvent): Promise<void> {
  const { guild_id: guildId, id: eventId, channel_id: channelId } = event;
  if (channelId === null) return;
  const present = await ctx.platform.listVoiceMembers(guildId, channelId).catch((error: unknown) => {
    ctx.log.warn({ err: error, guildId, eventId, channelId }, 'events: could not read who is in the voice channel');
    return [];
  });
  const attendance = new Attendance(ctx.db);
  const window = { startAt: event.start_at, endAt: event.end_at };
  const now = ctx.clock.now();
  for (const member of present) {
    if ((await ctx.members.get(guildId, member.userId))?.bot === true) continue;
    const key = { guildId, eventId, userId: member.userId };
    const before = sessionOf(await attendance.get(key));
    if (before.joinedAt !== null) continue;
    const onTime = before.presentMs === 0 && now - event.start_at <= SEED_FROM_START_MS;
    const from = onTime ? event.start_at : now;
    const after = joinSession(before, window, from, !member.muted && !member.deafened);
    await attendance.save(key, after, false, now);
  }
}

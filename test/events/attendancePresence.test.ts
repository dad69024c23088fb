import { afterEach, describe, expect, it } from 'vitest';
import { seedPresence } from '../../src/modules/events/attendance/seedPresence.js';
import { leaveSession } from '../../src/modules/events/attendance/voiceSession.js';
import { Attendance, sessionOf } from '../../src/modules/events/store/Attendance.js';
import { attendanceOf, awards, users, voice } from './attendanceFixture.js';
import { HOUR, MINUTE, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { inEventsUnit, planEvent, storedEvent } from './rsvpFixture.js';

const POINTS = { recognition: { points: { event_attended: 10 } } };

let t: EventsCommunity | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Runs the start's presence seeding again, as a repeated start would. */
async function seedAgain(community: EventsCommunity, eventId: string): Promise<void> {
  const event = await storedEvent(community, eventId);
  await inEventsUnit(community, (ctx) => seedPresence(ctx, event));
}

describe('attendance of members already in voice when the event starts', () => {
  it('a member sitting silently in the channel since an hour before the start attends with the full minutes', async () => {
    t = await openEventsCommunity({ attendance: { minMinutes: 15 } }, { sections: POINTS });
    const [sam, kenji, lena] = await users(t, ['sam', 'kenji', 'lena']);
    const start = t.now() + 2 * HOUR;
    await planEvent(t, { id: 'rust-1', start_at: start });

    await t.advanceTo(start - HOUR);
    await voice(t, sam, 'Workshop Room'); // before the presence window: no voice event counts
    await voice(t, kenji, 'Workshop Room', { muted: true });
    await voice(t, lena, 'Lounge'); // in voice, but not in the event's channel
    expect(await attendanceOf(t, 'rust-1')).toEqual({});

    await t.advanceTo(start);
    expect((await storedEvent(t, 'rust-1')).status).toBe('active');
    expect(await attendanceOf(t, 'rust-1')).toEqual({ [sam]: '0/0', [kenji]: '0/0' });
    await t.advanceTo(start + HOUR + MINUTE); // nobody moved or spoke up

    expect(await attendanceOf(t, 'rust-1')).toEqual({ [sam]: '60/60 ✓', [kenji]: '60/0 ✓' });
    const attended = await t.emitted<{ userId: string; minutes: number; unmutedMinutes: number }>('events.attended');
    expect(attended.map((a) => [a.userId, a.minutes, a.unmutedMinutes]).sort()).toEqual(
      [
        [sam, 60, 60],
        [kenji, 60, 0],
      ].sort(),
    );
    expect(await awards(t, 'event_attended')).toEqual({ [sam]: 10, [kenji]: 10 });
  });

  it('seeding again changes nothing, and later voice events do not count the seeded minutes twice', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const [sam, priya] = await users(t, ['sam', 'priya']);
    const start = t.now() + 2 * HOUR;
    await planEvent(t, { id: 'rust-2', start_at: start });

    await t.advanceTo(start - HOUR);
    await voice(t, sam, 'Workshop Room');
    await t.advanceTo(start - 5 * MINUTE);
    await voice(t, priya, 'Workshop Room', { muted: true }); // inside the window: already open
    await t.advanceTo(start);
    const seeded = await t.rows('events_attendance');
    await t.advanceTo(start + 5 * MINUTE);
    await seedAgain(t, 'rust-2');
    expect(await t.rows('events_attendance')).toEqual(seeded);

    await t.advanceTo(start + 10 * MINUTE);
    await voice(t, sam, 'Workshop Room', { muted: true });
    await t.advanceTo(start + 20 * MINUTE);
    await voice(t, sam, null);
    await t.advanceTo(start + 30 * MINUTE);
    await voice(t, sam, 'Workshop Room', { muted: false }); // back: counted from now, not from the start
    await voice(t, priya, 'Workshop Room', { muted: false });
    await seedAgain(t, 'rust-2');
    await t.advanceTo(start + HOUR);

    expect(await attendanceOf(t, 'rust-2')).toEqual({ [sam]: '50/40 ✓', [priya]: '60/30 ✓' });
  });

  it('a member seen in the channel with minutes counted but no open stay is counted from when seen', async () => {
    const community = await openEventsCommunity({ reminders: [] });
    t = community;
    const sam = await t.user('sam');
    const start = t.now() + 2 * HOUR;
    await planEvent(t, { id: 'rust-3', start_at: start });
    await t.advanceTo(start - HOUR);
    await voice(t, sam, 'Workshop Room');
    await t.advanceTo(start + 30 * MINUTE);
    // A leave after 20 minutes whose rejoin Guildhall never heard of.
    const event = await storedEvent(t, 'rust-3');
    await inEventsUnit(t, async (ctx) => {
      const key = { guildId: community.guildId, eventId: 'rust-3', userId: sam };
      const attendance = new Attendance(ctx.db);
      const window = { startAt: event.start_at, endAt: event.end_at };
      const left = leaveSession(sessionOf(await attendance.get(key)), window, start + 20 * MINUTE);
      await attendance.save(key, left, false, ctx.clock.now());
      await seedPresence(ctx, event);
    });
    await t.advanceTo(start + HOUR);
    expect(await attendanceOf(t, 'rust-3')).toEqual({ [sam]: '50/50 ✓' });
  });

  it('a start job run late (Guildhall down at the start) counts the members it finds from then', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const sam = await t.user('sam');
    const start = t.now() + 2 * HOUR;
    await planEvent(t, { id: 'rust-4', start_at: start });
    await t.advanceTo(start - HOUR);
    await voice(t, sam, 'Workshop Room');
    t.c.clock.advance(start + 20 * MINUTE - t.now()); // no job ran meanwhile
    await t.runDueJobs();
    expect((await storedEvent(t, 'rust-4')).status).toBe('active');
    await t.advanceTo(start + HOUR);
    expect(await attendanceOf(t, 'rust-4')).toEqual({ [sam]: '40/40 ✓' });
  });

  it('an event without a voice channel seeds nobody', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const sam = await t.user('sam');
    const start = t.now() + 2 * HOUR;
    await planEvent(t, { id: 'meetup-1', start_at: start, channel_id: null, location: 'Café Lumen' });
    await t.advanceTo(start - HOUR);
    await voice(t, sam, 'Workshop Room');
    await t.advanceTo(start + HOUR);
    expect((await storedEvent(t, 'meetup-1')).status).toBe('completed');
    expect(await attendanceOf(t, 'meetup-1')).toEqual({});
  });
});

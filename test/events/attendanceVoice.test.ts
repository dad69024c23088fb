import { afterEach, describe, expect, it } from 'vitest';
import { attendanceOf, awards, users, voice } from './attendanceFixture.js';
import { HOUR, MINUTE, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { planEvent, rsvp, storedEvent } from './rsvpFixture.js';

interface Ended {
  eventId: string;
  going: number;
  attended: number;
  noShows: number;
  walkIns: number;
  rate: number | null;
}

const POINTS = { recognition: { points: { event_attended: 10, event_hosted: 50 } } };

let t: EventsCommunity | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('attendance from voice presence', () => {
  it('counts minutes in the event channel, marks attended and no-shows, credits points, ends on Discord', async () => {
    t = await openEventsCommunity({ attendance: { minMinutes: 15 } }, { sections: POINTS });
    const [noor, sam, kenji, lena, priya, tomas] = await users(t, ['noor', 'sam', 'kenji', 'lena', 'priya', 'tomas']);
    const start = t.now() + 2 * HOUR;
    const planned = await planEvent(t, { id: 'rust-1', start_at: start, host_id: noor, discord: true });
    for (const member of [sam, kenji, lena]) await rsvp(t, planned, member, 'going');

    await t.advanceTo(start - 5 * MINUTE);
    await voice(t, sam, 'Workshop Room'); // early: counts from the start
    await t.advanceTo(start);
    expect((await storedEvent(t, 'rust-1')).status).toBe('active');
    await voice(t, noor, 'Workshop Room');
    await t.advanceTo(start + 5 * MINUTE);
    await voice(t, priya, 'Workshop Room'); // walk-in
    await t.advanceTo(start + 10 * MINUTE);
    await voice(t, kenji, 'Workshop Room', { muted: true });
    await t.advanceTo(start + 20 * MINUTE);
    await voice(t, kenji, 'Workshop Room', { muted: false });
    await t.advanceTo(start + 30 * MINUTE);
    await voice(t, sam, 'Lounge'); // a move out is a leave …
    await t.advanceTo(start + 35 * MINUTE);
    await voice(t, sam, 'Workshop Room'); // … and back a join
    await t.advanceTo(start + 40 * MINUTE);
    await voice(t, kenji, null);
    await t.advanceTo(start + 50 * MINUTE);
    await voice(t, tomas, 'Workshop Room', { deafened: true }); // 10 minutes: under the threshold
    await t.advanceTo(start + HOUR + 10 * MINUTE); // sam, noor, priya, tomas stay past the end

    expect(await attendanceOf(t, 'rust-1')).toEqual({
      [sam]: '55/55 ✓',
      [noor]: '60/60',
      [priya]: '55/55 ✓',
      [kenji]: '30/20 ✓',
      [tomas]: '10/0',
    });
    const ended = await t.emitted<Ended>('events.ended');
    expect(ended).toEqual([
      expect.objectContaining({ eventId: 'rust-1', going: 3, attended: 3, noShows: 1, walkIns: 1, rate: 2 / 3 }),
    ]);
    const attended = await t.emitted<{ userId: string; minutes: number; unmutedMinutes: number }>('events.attended');
    expect(attended.map((a) => [a.userId, a.minutes, a.unmutedMinutes]).sort()).toEqual(
      [
        [sam, 55, 55],
        [kenji, 30, 20],
        [priya, 55, 55],
      ].sort(),
    );
    expect(await awards(t, 'event_attended')).toEqual({ [sam]: 10, [kenji]: 10, [priya]: 10 });
    expect(await awards(t, 'event_hosted')).toEqual({ [noor]: 50 });
    const stored = await storedEvent(t, 'rust-1');
    expect(stored.status).toBe('completed');
    expect(stored.closed_at).toBe(start + HOUR);
    // Completed on Discord: no longer among the guild's scheduled and active events.
    expect((await t.scheduledEvents()).map((e) => e.id)).not.toContain(stored.platform_event_id);
  });

  it('closes attendance even when Discord refuses to complete its event (gone there)', async () => {
    t = await openEventsCommunity({ reminders: [] }, { sections: POINTS });
    const sam = await t.user('sam');
    const start = t.now() + 2 * HOUR;
    const planned = await planEvent(t, { id: 'gone-1', start_at: start, discord: true });
    await t.advanceTo(start);
    await voice(t, sam, 'Workshop Room');
    // Removed on Discord's side without a gateway event reaching Guildhall: the edit finds nothing.
    await t.c.store.db
      .withTables<{ sandbox_scheduled_events: { id: string } }>()
      .deleteFrom('sandbox_scheduled_events')
      .where('id', '=', planned.event.platform_event_id ?? '')
      .execute();
    await t.advanceTo(start + HOUR);
    const stored = await storedEvent(t, 'gone-1');
    expect([stored.status, stored.closed_at]).toEqual(['completed', start + HOUR]);
    expect(await attendanceOf(t, 'gone-1')).toEqual({ [sam]: '60/60 ✓' });
    expect(await awards(t, 'event_attended')).toEqual({ [sam]: 10 });
  });

  it('counts only unmuted minutes with requireUnmuted, and nothing outside the window', async () => {
    t = await openEventsCommunity({ attendance: { minMinutes: 25, requireUnmuted: true } }, { sections: POINTS });
    const [sam, kenji, lena] = await users(t, ['sam', 'kenji', 'lena']);
    const start = t.now() + 2 * HOUR;
    const planned = await planEvent(t, { id: 'talk-1', start_at: start });
    await rsvp(t, planned, kenji, 'going');

    await t.advanceTo(start - 30 * MINUTE);
    await voice(t, lena, 'Workshop Room'); // too early to belong to the event …
    await t.advanceTo(start - 15 * MINUTE);
    await voice(t, lena, null); // … and gone before it: never counted
    await t.advanceTo(start);
    await voice(t, sam, 'Workshop Room');
    await voice(t, kenji, 'Workshop Room', { muted: true });
    await t.advanceTo(start + 40 * MINUTE);
    await voice(t, kenji, 'Workshop Room', { muted: false });
    await t.advanceTo(start + HOUR + MINUTE);

    expect(await attendanceOf(t, 'talk-1')).toEqual({ [sam]: '60/60 ✓', [kenji]: '60/20' });
    expect(await t.emitted<Ended>('events.ended')).toEqual([
      expect.objectContaining({ going: 1, attended: 1, noShows: 1, walkIns: 1, rate: 0 }),
    ]);
    expect(await awards(t, 'event_attended')).toEqual({ [sam]: 10 });
    expect(await awards(t, 'event_hosted')).toEqual({});
  });

  it('an event with a location has no voice attendance: it ends with nobody attended', async () => {
    t = await openEventsCommunity({}, { sections: POINTS });
    const sam = await t.user('sam');
    const start = t.now() + 2 * HOUR;
    const planned = await planEvent(t, { id: 'meetup-1', start_at: start, channel_id: null, location: 'Café Lumen' });
    await rsvp(t, planned, sam, 'going');
    await t.advanceTo(start + 10 * MINUTE);
    await voice(t, sam, 'Workshop Room');
    await t.advanceTo(start + HOUR);
    expect(await attendanceOf(t, 'meetup-1')).toEqual({});
    expect(await t.emitted<Ended>('events.ended')).toEqual([
      expect.objectContaining({ eventId: 'meetup-1', going: 1, attended: 0, noShows: 1, walkIns: 0, rate: null }),
    ]);
  });
});

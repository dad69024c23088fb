import { afterEach, describe, expect, it } from 'vitest';
import { tellAttendees } from '../../src/modules/events/reminders/tellAttendees.js';
import { testDialect } from '../testStore.js';
import { DAY, HOUR, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { inEventsUnit, planEvent, rsvp, storedEvent } from './rsvpFixture.js';

describe(`event reminders under the fake clock (${testDialect})`, () => {
  let t: EventsCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('reminds only the members going, 24 h and 1 h before and at the start; DMs only the opted-in; starts the event', async () => {
    t = await openEventsCommunity();
    const [sam, kenji, lena, tomas] = [
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('lena'),
      await t.user('tomas'),
    ];
    const planned = await planEvent(t, { id: 'rust-1', discord: true, start_at: t.now() + 2 * DAY });
    const { start_at: startAt } = planned.event;
    const announcements = await t.channelId('announcements');
    const room = await t.channelId('Workshop Room');

    // Sam and Tomás ask for DMs (Tomás has his DMs closed); Kenji does not; Lena only maybe.
    expect((await t.command(sam, 'events', 'reminders', { dm: true })).reply).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('reminders by DM are on') as string,
    });
    await t.command(tomas, 'events', 'reminders', { dm: true });
    for (const userId of [sam, kenji, tomas]) await rsvp(t, planned, userId, 'going');
    await rsvp(t, planned, lena, 'maybe');

    const reminders = async () =>
      (await t!.messagesIn(announcements)).filter((m) => m.content.includes('“Rust workshop” starts'));
    const seconds = Math.floor(startAt / 1000);

    await t.advanceTo(startAt - DAY - 1);
    expect(await reminders()).toEqual([]);
    await t.advanceTo(startAt - DAY);
    const [first] = await reminders();
    expect(first?.content).toBe(
      `Reminder: “Rust workshop” starts <t:${seconds}:F> (<t:${seconds}:R>). Where: <#${room}>.\n<@${sam}> <@${kenji}> <@${tomas}>`,
    );
    expect(first?.pinged).toEqual({ userIds: [sam, kenji, tomas], roleIds: [] });
    const dmsOf = async (userId: string) => (await t!.c.sandbox.listDirectMessages(userId)).map((m) => m.content);
    expect(await dmsOf(sam)).toEqual([first?.content.split('\n')[0]]);
    // Kenji did not ask, Lena is not going, Tomás's DMs are closed: he has the channel mention.
    expect(await dmsOf(kenji)).toEqual([]);
    expect(await dmsOf(lena)).toEqual([]);
    expect(await dmsOf(tomas)).toEqual([]);

    await t.advanceTo(startAt - HOUR);
    expect(await reminders()).toHaveLength(2);
    expect(await dmsOf(sam)).toHaveLength(2);

    await t.advanceTo(startAt);
    const all = await reminders();
    expect(all).toHaveLength(3);
    expect(all[2]?.content).toBe(`“Rust workshop” starts now! Where: <#${room}>.\n<@${sam}> <@${kenji}> <@${tomas}>`);
    expect(await t.emitted('events.reminder_sent')).toEqual([
      { eventId: 'rust-1', before: DAY, recipients: 3, dms: 2 },
      { eventId: 'rust-1', before: HOUR, recipients: 3, dms: 2 },
      { eventId: 'rust-1', before: 0, recipients: 3, dms: 2 },
    ]);
    expect(await t.emitted('events.started')).toEqual([{ eventId: 'rust-1', title: 'Rust workshop' }]);
    expect((await storedEvent(t, 'rust-1')).status).toBe('active');
    const onDiscord = (await t.scheduledEvents()).find((e) => e.id === planned.event.platform_event_id);
    expect(onDiscord?.status).toBe('active');
  });

  it('the "Remind me by DM" button switches DM reminders on and off', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const sam = await t.user('sam');
    const planned = await planEvent(t, { id: 'rust-1' });
    const press = () => t!.press(sam, planned.announcement, 'events:reminders:dm');
    expect((await press()).reply?.content).toContain('reminders by DM are on');
    expect((await t.rows('events_members')).map((r) => [r.user_id, r.dm_reminders])).toEqual([[sam, 1]]);
    expect((await press()).reply?.content).toContain('reminders by DM are off');
    expect((await t.rows('events_members')).map((r) => [r.user_id, r.dm_reminders])).toEqual([[sam, 0]]);
    expect((await t.command(sam, 'events', 'reminders', { dm: false })).reply?.content).toMatch(/^\(No change\.\)/);
  });

  it('tells the members going, maybe or waitlisted when an event changes, and answers how many', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const [sam, kenji, lena, priya] = [
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('lena'),
      await t.user('priya'),
    ];
    const planned = await planEvent(t, { id: 'rust-1', capacity: 1 });
    await rsvp(t, planned, sam, 'going');
    await rsvp(t, planned, kenji, 'going');
    await rsvp(t, planned, lena, 'maybe');
    await rsvp(t, planned, priya, 'not_going');
    let told = -1;
    await inEventsUnit(t, async (ctx) => {
      told = await tellAttendees(ctx, planned.event, '“Rust workshop” moved to Thursday.');
    });
    expect(told).toBe(3);
    const notes = (await t.messagesIn(await t.channelId('announcements'))).filter((m) => m.content.includes('moved'));
    expect(notes.map((m) => m.pinged.userIds)).toEqual([[sam, kenji, lena]]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { REMIND_DM_CUSTOM_ID } from '../../src/modules/events/reminders/remindDmCustomId.js';
import { recordEventCancel } from '../../src/modules/events/programme/eventRecords.js';
import { announceEvent } from '../../src/modules/events/rsvp/announceEvent.js';
import { CommunityEvents } from '../../src/modules/events/store/CommunityEvents.js';
import { testDialect } from '../testStore.js';
import { HOUR, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { inEventsUnit, planEvent, rsvp, statuses, storedEvent } from './rsvpFixture.js';

describe(`RSVP buttons, capacity and waitlist (${testDialect})`, () => {
  let t: EventsCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('announces the event with its card and buttons, and stores the announcement', async () => {
    t = await openEventsCommunity();
    const planned = await planEvent(t, { id: 'rust-1', capacity: 2 });
    const start = Math.floor(planned.event.start_at / 1000);
    const room = await t.channelId('Workshop Room');
    expect(planned.announcement.embeds).toEqual([
      {
        title: 'Rust workshop',
        description: 'Ownership and borrowing, hands on.',
        color: 0x5865f2,
        fields: [
          { name: 'Type', value: 'Workshop', inline: true },
          { name: 'When', value: `<t:${start}:F> (<t:${start}:R>)`, inline: true },
          { name: 'Where', value: `<#${room}>`, inline: true },
          { name: 'Places', value: '2 of 2 left', inline: true },
        ],
      },
    ]);
    expect(planned.announcement.components).toEqual([
      {
        components: [
          { kind: 'button', customId: 'events:rsvp:going:rust-1', label: 'Going', style: 'success' },
          { kind: 'button', customId: 'events:rsvp:maybe:rust-1', label: 'Maybe', style: 'primary' },
          { kind: 'button', customId: 'events:rsvp:not_going:rust-1', label: 'Not going', style: 'secondary' },
          { kind: 'button', customId: 'events:reminders:dm', label: 'Remind me by DM', style: 'secondary' },
        ],
      },
    ]);
    expect(planned.event.announce_channel_id).toBe(await t.channelId('announcements'));

    // Announced again after a change: the announcement itself is edited, nothing new is posted.
    const announcements = await t.channelId('announcements');
    await inEventsUnit(t, async (ctx) => {
      const moved = await new CommunityEvents(ctx.db).update(
        t!.guildId,
        'rust-1',
        { start_at: planned.event.start_at + HOUR, end_at: planned.event.end_at + HOUR },
        ctx.clock.now(),
      );
      if (moved !== undefined) await announceEvent(ctx, moved);
    });
    const posts = await t.messagesIn(announcements);
    expect(posts.map((m) => m.id)).toEqual([planned.announcement.id]);
    const later = Math.floor((planned.event.start_at + HOUR) / 1000);
    expect(posts[0]?.embeds[0]?.fields?.[1]).toEqual({
      name: 'When',
      value: `<t:${later}:F> (<t:${later}:R>)`,
      inline: true,
    });
    expect(posts[0]?.components).toEqual(planned.announcement.components);
    expect(posts[0]?.editedAt).not.toBeNull();

    // An RSVP edits the places line of the same card.
    await rsvp(t, planned, await t.user('sam'), 'going');
    const [card, ...others] = await t.messagesIn(announcements);
    expect(others).toEqual([]);
    expect(card?.embeds[0]?.fields?.[3]).toEqual({ name: 'Places', value: '1 of 2 left', inline: true });
    expect((await storedEvent(t, 'rust-1')).announce_message_id).toBe(planned.announcement.id);
  });

  it('a cancelled event keeps its card, edited without the RSVP buttons; nothing new is posted', async () => {
    t = await openEventsCommunity();
    const planned = await planEvent(t, { id: 'rust-1', capacity: 2 });
    const before = await storedEvent(t, 'rust-1');
    await inEventsUnit(t, async (ctx) => {
      await recordEventCancel(ctx, before, 'Cancelled, sorry.');
    });
    const posts = await t.messagesIn(await t.channelId('announcements'));
    const card = posts.find((m) => m.id === planned.announcement.id);
    expect(card?.embeds).toEqual(planned.announcement.embeds);
    expect(card?.components).toEqual([]);
    expect(card?.editedAt).not.toBeNull();
    expect(posts.filter((m) => m.embeds.length > 0)).toHaveLength(1);
  });

  it('capacity 2: the third "Going" joins the waitlist; one leaving promotes them, and they are told', async () => {
    t = await openEventsCommunity();
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    const planned = await planEvent(t, { id: 'rust-1', capacity: 2 });
    const id = planned.event.id;

    expect((await rsvp(t, planned, sam, 'going')).reply).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('You are going to “Rust workshop”') as string,
    });
    expect((await rsvp(t, planned, kenji, 'going')).reply?.content).toContain('Places: Full (2)');
    const third = await rsvp(t, planned, lena, 'going');
    expect(third.reply).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('is full: you are number 1 on the waitlist') as string,
    });
    expect(await statuses(t, id)).toEqual({ [sam]: 'going', [kenji]: 'going', [lena]: 'waitlisted' });
    expect(await placesOnCard(t, planned.announcement.id)).toBe('Full (2) · 1 on the waitlist');
    // Pressing "Going" again keeps the place on the waitlist and changes nothing.
    expect((await rsvp(t, planned, lena, 'going')).reply?.content).toContain('number 1 on the waitlist (no change)');

    // Lena asks for reminders by DM, so she is told of her promotion by DM as well.
    const dmButton = await t.press(lena, planned.announcement, REMIND_DM_CUSTOM_ID);
    expect(dmButton.reply?.content).toContain('reminders by DM are on');

    const leaving = await rsvp(t, planned, sam, 'not_going');
    expect(leaving.reply).toMatchObject({ ephemeral: true, content: 'Marked as not going to “Rust workshop”.' });
    expect(await statuses(t, id)).toEqual({ [sam]: 'not_going', [kenji]: 'going', [lena]: 'going' });
    expect(await t.emitted('events.waitlist_promoted')).toEqual([{ eventId: id, userId: lena }]);
    // The promotion filled the place sam left: the card says so.
    expect(await placesOnCard(t, planned.announcement.id)).toBe('Full (2) · 0 on the waitlist');
    expect(await t.emitted('events.rsvp_changed')).toEqual([
      { eventId: id, userId: sam, status: 'going', previous: null, via: 'button' },
      { eventId: id, userId: kenji, status: 'going', previous: null, via: 'button' },
      { eventId: id, userId: lena, status: 'waitlisted', previous: null, via: 'button' },
      { eventId: id, userId: sam, status: 'not_going', previous: 'going', via: 'button' },
      { eventId: id, userId: lena, status: 'going', previous: 'waitlisted', via: 'waitlist' },
    ]);
    const told = (await t.messagesIn(await t.channelId('announcements'))).filter((m) => m.content.includes('opened'));
    expect(told).toHaveLength(1);
    expect(told[0]?.content).toMatch(
      /^A place opened up: you are now going to “Rust workshop”, <t:\d+:F> \(<t:\d+:R>\)\.\n<@\d+>$/,
    );
    expect(told[0]?.content.endsWith(`<@${lena}>`)).toBe(true);
    expect(told[0]?.pinged).toEqual({ userIds: [lena], roleIds: [] });
    const dms = await t.c.sandbox.listDirectMessages(lena);
    expect(dms.map((m) => m.content)).toEqual([told[0]?.content.split('\n')[0]]);
    // Kenji, still going, and Sam, who left, got no DM.
    expect(await t.c.sandbox.listDirectMessages(kenji)).toEqual([]);
    expect(await t.c.sandbox.listDirectMessages(sam)).toEqual([]);
  });

  it('without a capacity everyone is going; "Maybe" is kept as maybe', async () => {
    t = await openEventsCommunity();
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    const planned = await planEvent(t, { id: 'open-1' });
    await rsvp(t, planned, sam, 'going');
    await rsvp(t, planned, kenji, 'going');
    expect((await rsvp(t, planned, lena, 'maybe')).reply?.content).toBe('Marked as maybe for “Rust workshop”.');
    expect(await statuses(t, 'open-1')).toEqual({ [sam]: 'going', [kenji]: 'going', [lena]: 'maybe' });
    expect(await t.emitted('events.waitlist_promoted')).toEqual([]);
  });
});

/** The places line of the announcement card as members see it now. */
async function placesOnCard(t: EventsCommunity, messageId: string): Promise<string | undefined> {
  const messages = await t.messagesIn(await t.channelId('announcements'));
  const card = messages.find((m) => m.id === messageId);
  return card?.embeds[0]?.fields?.find((f) => f.name === 'Places')?.value;
}

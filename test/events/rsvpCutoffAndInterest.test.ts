import { afterEach, describe, expect, it } from 'vitest';
import { domainEvent } from '../../src/core/DomainEvent.js';
import { CommunityEvents } from '../../src/modules/events/store/CommunityEvents.js';
import { testDialect } from '../testStore.js';
import { HOUR, MINUTE, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { inEventsUnit, planEvent, rsvp, statuses } from './rsvpFixture.js';

describe(`RSVP cut-off and Discord's "interested" (${testDialect})`, () => {
  let t: EventsCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('refuses RSVPs after the cut-off and for a cancelled event, changing nothing', async () => {
    t = await openEventsCommunity({ rsvpCutoff: '1h', reminders: [] });
    const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
    const planned = await planEvent(t, { id: 'late-1', start_at: t.now() + 2 * HOUR });
    await rsvp(t, planned, sam, 'going');

    await t.advanceBy(HOUR + MINUTE);
    const late = await rsvp(t, planned, kenji, 'going');
    expect(late.reply).toMatchObject({
      ephemeral: true,
      content: `RSVPs for “Rust workshop” closed <t:${Math.floor((planned.event.start_at - HOUR) / 1000)}:R>.`,
    });
    expect((await rsvp(t, planned, sam, 'not_going')).reply?.content).toContain('closed');
    expect(await statuses(t, 'late-1')).toEqual({ [sam]: 'going' });
    expect(await t.emitted('events.rsvp_changed')).toHaveLength(1);

    const cancelled = await planEvent(t, { id: 'gone-1', start_at: t.now() + 5 * HOUR });
    await inEventsUnit(t, async (ctx) => {
      await new CommunityEvents(ctx.db).update(t!.guildId, 'gone-1', { status: 'canceled' }, ctx.clock.now());
    });
    expect((await rsvp(t, cancelled, kenji, 'going')).reply).toMatchObject({
      ephemeral: true,
      content: '“Rust workshop” was cancelled.',
    });
    expect(await statuses(t, 'gone-1')).toEqual({});
  });

  it('a member marking the Discord event "interested" counts as going, within capacity; taking it back frees the place', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    const planned = await planEvent(t, { id: 'talk-1', capacity: 1, discord: true });
    const discordId = planned.event.platform_event_id ?? '';
    expect(discordId).not.toBe('');
    const interest = async (userId: string, interested: boolean) => {
      await t!.c.sandbox.setScheduledEventInterest({ userId, eventId: discordId, interested });
      await t!.c.settle();
    };

    await interest(sam, true);
    expect(await statuses(t, 'talk-1')).toEqual({ [sam]: 'going+i' });
    await interest(kenji, true);
    expect(await statuses(t, 'talk-1')).toEqual({ [sam]: 'going+i', [kenji]: 'waitlisted+i' });

    // Lena said going with the button first (waitlisted): her interest is only recorded.
    await rsvp(t, planned, lena, 'going');
    await interest(lena, true);
    expect(await statuses(t, 'talk-1')).toEqual({ [sam]: 'going+i', [kenji]: 'waitlisted+i', [lena]: 'waitlisted+i' });

    // The same add delivered again (another id, as after a catch-up) changes nothing.
    const changesBefore = (await t.emitted('events.rsvp_changed')).length;
    await t.c.engine.ingest(
      domainEvent('scheduled_event.user_added', {
        id: `sandbox:scheduled_event.user_added:again:${sam}`,
        guildId: t.guildId,
        occurredAt: t.now(),
        source: 'sandbox',
        payload: { scheduledEventId: discordId, userId: sam },
      }),
    );
    await t.c.settle();
    expect(await statuses(t, 'talk-1')).toEqual({ [sam]: 'going+i', [kenji]: 'waitlisted+i', [lena]: 'waitlisted+i' });
    expect(await t.emitted('events.rsvp_changed')).toHaveLength(changesBefore);

    // Sam takes it back: not going, and Kenji (first on the waitlist) gets the place.
    await interest(sam, false);
    expect(await statuses(t, 'talk-1')).toEqual({ [sam]: 'not_going', [kenji]: 'going+i', [lena]: 'waitlisted+i' });
    expect(await t.emitted('events.waitlist_promoted')).toEqual([{ eventId: 'talk-1', userId: kenji }]);
    expect((await t.emitted('events.rsvp_changed')).slice(-2)).toEqual([
      { eventId: 'talk-1', userId: sam, status: 'not_going', previous: 'going', via: 'discord' },
      { eventId: 'talk-1', userId: kenji, status: 'going', previous: 'waitlisted', via: 'waitlist' },
    ]);
    const told = (await t.messagesIn(await t.channelId('announcements'))).filter((m) => m.content.includes('opened'));
    expect(told.map((m) => m.pinged.userIds)).toEqual([[kenji]]);

    // A "maybe" member's interest going away leaves the maybe.
    const priya = await t.user('priya');
    await rsvp(t, planned, priya, 'maybe');
    await interest(priya, true);
    expect((await statuses(t, 'talk-1'))[priya]).toBe('waitlisted+i');
    await rsvp(t, planned, priya, 'maybe');
    await interest(priya, false);
    expect((await statuses(t, 'talk-1'))[priya]).toBe('maybe');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fitLines } from '../../src/modules/events/calendar/listSubcommand.js';
import { testDialect } from '../testStore.js';
import { DAY, HOUR, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { planEvent, rsvp } from './rsvpFixture.js';

describe(`/events list (${testDialect})`, () => {
  let t: EventsCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('shows the next events with time, place, places left and the member’s own RSVP', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
    expect((await t.command(sam, 'events', 'list')).reply).toEqual({
      content: 'No events are planned yet.',
      ephemeral: true,
    });

    const rust = await planEvent(t, { id: 'rust-1', capacity: 1, start_at: t.now() + DAY });
    await planEvent(t, {
      id: 'meetup',
      title: 'Meetup',
      type: 'community_call',
      channel_id: null,
      location: 'Café Central',
      start_at: t.now() + 2 * DAY,
    });
    await planEvent(t, { id: 'gone', title: 'Gone', status: 'canceled', start_at: t.now() + 3 * DAY });
    await rsvp(t, rust, kenji, 'going');
    await rsvp(t, rust, sam, 'going'); // full: waitlisted

    const room = await t.channelId('Workshop Room');
    const at = (ms: number) => `<t:${Math.floor(ms / 1000)}:F>`;
    const reply = (await t.command(sam, 'events', 'list')).reply;
    expect(reply?.ephemeral).toBe(true);
    expect(reply?.content).toBe(
      [
        '**Next events**',
        `• **Rust workshop** (Workshop) · ${at(rust.event.start_at)} · <#${room}> · full (waitlist open) · you are on the waitlist (#1)`,
        `• **Meetup** (Community call) · ${at(t.now() + 2 * DAY)} · Café Central`,
      ].join('\n'),
    );
    const kenjis = (await t.command(kenji, 'events', 'list')).reply?.content ?? '';
    expect(kenjis).toContain('full (waitlist open) · you are going');
  });

  it('lists at most 10 events and stays within 2000 characters', async () => {
    t = await openEventsCommunity({ reminders: [] });
    const sam = await t.user('sam');
    for (let i = 0; i < 12; i += 1) {
      await planEvent(t, {
        id: `e-${i}`,
        title: `Event ${i} ${'x'.repeat(90)}`,
        capacity: 50,
        start_at: t.now() + (i + 1) * HOUR * 5,
      });
    }
    const content = (await t.command(sam, 'events', 'list')).reply?.content ?? '';
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(10);
    expect(content).toContain('50 of 50 places left');
    expect(content).not.toContain('Event 10');
  });

  it('fitLines drops whole lines from the end and says how many', () => {
    const lines = ['head', 'a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)];
    expect(fitLines(lines, 100)).toBe(lines.join('\n'));
    expect(fitLines(lines, 30)).toBe(`head\n${'a'.repeat(10)}\n…and 2 more`);
  });
});

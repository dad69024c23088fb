import ICAL from 'ical.js';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { CommunityEvents } from '../../src/modules/events/store/CommunityEvents.js';
import { testDialect } from '../testStore.js';
import { DAY, HOUR, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { openEventsApi, TEST_ROLE_HEADER } from './routesApi.js';
import { inEventsUnit, planEvent, rsvp } from './rsvpFixture.js';

/** The VEVENTs of an iCalendar text, parsed by ical.js, with the calendar's name. */
function parseFeed(text: string): { name: unknown; events: ICAL.Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), events: calendar.getAllSubcomponents('vevent') };
}

const prop = (event: ICAL.Component | undefined, name: string): unknown => event?.getFirstPropertyValue(name);
const uidOf = (event: ICAL.Component): unknown => prop(event, 'uid');

/** The feed URL's token from the `/events calendar` answer. */
function tokenIn(content: string | undefined): string {
  const match = /\/api\/events\/feeds\/([A-Za-z0-9_-]{43})\.ics/.exec(content ?? '');
  if (match?.[1] === undefined) throw new Error(`no feed URL in: ${content}`);
  return match[1];
}

describe(`iCalendar feeds (${testDialect})`, () => {
  let t: EventsCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await t?.close();
    app = undefined;
    t = undefined;
  });

  it('the community calendar has one VEVENT per event with a stable UID, and SEQUENCE rises on each change', async () => {
    t = await openEventsCommunity();
    app = await openEventsApi(t);
    const guildId = t.guildId;
    const rust = await planEvent(t, { id: 'rust-1', discord: true });
    await planEvent(t, {
      id: 'meetup',
      title: 'Meetup',
      channel_id: null,
      location: 'Café Central',
      start_at: t.now() + 3 * DAY,
    });

    const first = await app.inject('/api/events/calendar.ics');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const feed = parseFeed(first.body);
    expect(feed.name).toBe('Test Community');
    expect(feed.events.map(uidOf)).toEqual([`rust-1@${guildId}.guildhall`, `meetup@${guildId}.guildhall`]);
    const [event, meetup] = feed.events;
    expect(prop(event, 'summary')).toBe('Rust workshop');
    expect(prop(event, 'description')).toBe('Ownership and borrowing, hands on.');
    expect(prop(event, 'location')).toBe('Workshop Room');
    expect(prop(event, 'sequence')).toBe(0);
    expect(prop(event, 'status')).toBe('CONFIRMED');
    expect(prop(event, 'url')).toBe(`https://discord.com/events/${guildId}/${rust.event.platform_event_id}`);
    expect((prop(event, 'dtstart') as ICAL.Time).toJSDate().getTime()).toBe(rust.event.start_at);
    expect((prop(event, 'dtend') as ICAL.Time).toJSDate().getTime()).toBe(rust.event.end_at);
    expect((prop(event, 'dtstart') as ICAL.Time).zone?.tzid).toBe('UTC');
    expect(prop(meetup, 'location')).toBe('Café Central');
    expect(prop(meetup, 'url')).toBeNull();

    const movedAt = t.now() + HOUR;
    await inEventsUnit(t, async (ctx) => {
      await new CommunityEvents(ctx.db).update(
        guildId,
        'rust-1',
        { start_at: rust.event.start_at + HOUR, end_at: rust.event.end_at + HOUR },
        movedAt,
      );
    });
    const moved = parseFeed((await app.inject('/api/events/calendar.ics')).body).events[0];
    expect(uidOf(moved as ICAL.Component)).toBe(`rust-1@${guildId}.guildhall`);
    expect(prop(moved, 'sequence')).toBe(1);
    expect((prop(moved, 'dtstart') as ICAL.Time).toJSDate().getTime()).toBe(rust.event.start_at + HOUR);
    expect((prop(moved, 'last-modified') as ICAL.Time).toJSDate().getTime()).toBe(movedAt);
    expect((prop(moved, 'dtstamp') as ICAL.Time).toJSDate().getTime()).toBe(movedAt);

    await inEventsUnit(t, async (ctx) => {
      await new CommunityEvents(ctx.db).update(guildId, 'rust-1', { status: 'canceled' }, movedAt + 1000);
    });
    const cancelled = parseFeed((await app.inject('/api/events/calendar.ics')).body).events;
    expect(cancelled.map(uidOf)).toEqual([`rust-1@${guildId}.guildhall`, `meetup@${guildId}.guildhall`]);
    expect(prop(cancelled[0], 'status')).toBe('CANCELLED');
    expect(prop(cancelled[0], 'sequence')).toBe(2);
  });

  it('keeps events that started in the last 30 days and drops older ones', async () => {
    t = await openEventsCommunity();
    app = await openEventsApi(t);
    await planEvent(t, { id: 'old', start_at: t.now() + HOUR });
    await planEvent(t, { id: 'recent', start_at: t.now() + 20 * DAY });
    await t.advanceBy(45 * DAY);
    const uids = parseFeed((await app.inject('/api/events/calendar.ics')).body).events.map(uidOf);
    expect(uids).toEqual([`recent@${t.guildId}.guildhall`]);
  });

  it('with events.calendar.public false the community calendar needs a signed-in staff member', async () => {
    t = await openEventsCommunity({ calendar: { public: false } });
    app = await openEventsApi(t);
    await planEvent(t, { id: 'rust-1' });
    const anonymous = await app.inject('/api/events/calendar.ics');
    expect(anonymous.statusCode).toBe(403);
    expect(anonymous.json()).toEqual({ error: 'the community calendar is not public: sign in to the dashboard' });
    const staff = await app.inject({ url: '/api/events/calendar.ics', headers: { [TEST_ROLE_HEADER]: 'viewer' } });
    expect(staff.statusCode).toBe(200);
    expect(parseFeed(staff.body).events.map(uidOf)).toEqual([`rust-1@${t.guildId}.guildhall`]);
  });

  it("/events calendar gives a secret feed of the member's Going, Maybe and waitlisted events; revoking it 404s the old URL", async () => {
    t = await openEventsCommunity({ calendar: { baseUrl: 'https://hall.example.org/' } });
    app = await openEventsApi(t);
    const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
    const going = await planEvent(t, { id: 'going', capacity: 1 });
    const maybe = await planEvent(t, { id: 'maybe' });
    const notGoing = await planEvent(t, { id: 'not-going' });
    await planEvent(t, { id: 'unanswered' });
    await rsvp(t, going, kenji, 'going');
    await rsvp(t, going, sam, 'going'); // full: sam is waitlisted
    await rsvp(t, maybe, sam, 'maybe');
    await rsvp(t, notGoing, sam, 'not_going');

    const issued = await t.command(sam, 'events', 'calendar');
    expect(issued.reply?.ephemeral).toBe(true);
    expect(issued.reply?.content).toContain('https://hall.example.org/api/events/feeds/');
    const token = tokenIn(issued.reply?.content);
    const [stored] = (await t.rows('events_members')).filter((m) => m.user_id === sam);
    expect(stored?.feed_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await t.rows('events_members'))).not.toContain(token);

    const feed = await app.inject(`/api/events/feeds/${token}.ics`);
    expect(feed.statusCode).toBe(200);
    const parsed = parseFeed(feed.body);
    expect(parsed.name).toBe('Test Community: my events');
    expect(parsed.events.map(uidOf)).toEqual([`going@${t.guildId}.guildhall`, `maybe@${t.guildId}.guildhall`]);

    const again = await t.command(sam, 'events', 'calendar');
    expect(again.reply?.content).toContain('You already have a calendar feed');
    expect((await app.inject(`/api/events/feeds/${token}.ics`)).statusCode).toBe(200);

    const revoked = await t.command(sam, 'events', 'calendar', { revoke: true });
    expect(revoked.reply?.content).toContain('the old link no longer works');
    const newToken = tokenIn(revoked.reply?.content);
    expect(newToken).not.toBe(token);
    const old = await app.inject(`/api/events/feeds/${token}.ics`);
    expect(old.statusCode).toBe(404);
    expect(old.json()).toEqual({ error: 'no such calendar feed (revoked or never issued)' });
    expect((await app.inject(`/api/events/feeds/${newToken}.ics`)).statusCode).toBe(200);
    expect((await app.inject(`/api/events/feeds/${'x'.repeat(43)}.ics`)).statusCode).toBe(404);
    expect((await app.inject('/api/events/feeds/short.ics')).statusCode).toBe(404);
  });
});

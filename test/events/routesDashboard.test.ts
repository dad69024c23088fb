import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { EventDetail, EventList, EventStats, Programme } from '../../src/modules/events/reports/EventsReportsApi.js';
import { testDialect } from '../testStore.js';
import { runEndedEvent } from './attendanceFixture.js';
import { DAY, HOUR, MINUTE, openEventsCommunity, type EventsCommunity } from './eventsCommunity.js';
import { openEventsApi, TEST_ROLE_HEADER } from './routesApi.js';
import { inEventsUnit, planEvent, rsvp } from './rsvpFixture.js';

const viewer = { [TEST_ROLE_HEADER]: 'viewer' };

describe(`events dashboard API (${testDialect})`, () => {
  let t: EventsCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await t?.close();
    app = undefined;
    t = undefined;
  });

  const get = async (url: string): Promise<unknown> => {
    const response = await app!.inject({ url, headers: viewer });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('GET /api/events/list lists the range with RSVP counts; GET /api/events/:id names RSVPs and orders the waitlist', async () => {
    t = await openEventsCommunity({ reminders: [] });
    app = await openEventsApi(t);
    const [sam, kenji, lena, priya] = [
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('lena'),
      await t.user('priya'),
    ];
    const names = new Map<string, string>();
    await inEventsUnit(t, async (ctx) => {
      for (const id of [sam, kenji, lena, priya]) {
        const member = await ctx.platform.fetchMember(t!.guildId, id);
        if (member !== null) names.set(id, member.displayName);
      }
    });
    const nameOf = (id: string) => names.get(id);
    const rust = await planEvent(t, { id: 'rust-1', capacity: 2, discord: true });
    await planEvent(t, { id: 'later', title: 'Later', start_at: t.now() + 70 * DAY });
    await rsvp(t, rust, sam, 'going');
    await t.advanceBy(MINUTE);
    await rsvp(t, rust, kenji, 'going');
    await t.advanceBy(MINUTE);
    await rsvp(t, rust, priya, 'going'); // waitlisted first
    await t.advanceBy(MINUTE);
    await rsvp(t, rust, lena, 'going'); // waitlisted second
    await t.advanceBy(MINUTE);
    await rsvp(t, rust, kenji, 'maybe'); // frees a place: priya is promoted

    const list = EventList.parse(await get('/api/events/list'));
    expect(list.events.map((e) => e.id)).toEqual(['rust-1']); // "later" is past the default 60 days
    expect(list.events[0]).toMatchObject({
      title: 'Rust workshop',
      type: 'workshop',
      typeLabel: 'Workshop',
      status: 'scheduled',
      place: 'Workshop Room',
      capacity: 2,
      closed: false,
      discordUrl: `https://discord.com/events/${t.guildId}/${rust.event.platform_event_id}`,
      counts: { going: 2, maybe: 1, notGoing: 0, waitlisted: 1, interested: 0, attended: null, attendanceRate: null },
    });
    const wide = EventList.parse(await get('/api/events/list?from=2026-03-01&to=2026-06-30'));
    expect(wide.range).toEqual({ from: '2026-03-01', to: '2026-06-30' });
    expect(wide.events.map((e) => e.id)).toEqual(['rust-1', 'later']);

    const detail = EventDetail.parse(await get('/api/events/rust-1'));
    expect(detail.event).toMatchObject({
      id: 'rust-1',
      description: 'Ownership and borrowing, hands on.',
      sequence: 0,
    });
    expect(detail.rsvps.map((r) => [r.name, r.status])).toEqual([
      [nameOf(sam), 'going'],
      [nameOf(kenji), 'maybe'],
      [nameOf(priya), 'going'],
      [nameOf(lena), 'waitlisted'],
    ]);
    expect(detail.waitlist.map((w) => [w.position, w.userId, w.name])).toEqual([[1, lena, nameOf(lena)]]);
    expect(detail.attendance).toEqual([]);
    expect(detail.survey).toMatchObject({ responses: 0, attendees: 0, responseRate: null });

    const missing = await app.inject({ url: '/api/events/nope', headers: viewer });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'no such event' });
    const badRange = await app.inject({ url: '/api/events/list?from=2026-04-01&to=2026-03-01', headers: viewer });
    expect(badRange.statusCode).toBe(400);
    expect((await app.inject('/api/events/list')).statusCode).toBe(401);
  });

  it('an ended event shows attendance minutes, its survey, and the stats per event and per type', async () => {
    t = await openEventsCommunity({ reminders: [] });
    app = await openEventsApi(t);
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    // Sam and Lena were going; Sam and Kenji sat in the channel for the whole hour.
    const ws = await runEndedEvent(t, { id: 'ws-1', going: [sam, lena], attendees: [sam, kenji] });
    const form = await t.press(sam, ws.survey, 'events:survey:ws-1');
    await t.submitModal(sam, form.interactionId, {
      rating: '4',
      content_quality: '5',
      engagement: '3',
      improvements: 'More exercises',
      future_topics: '',
    });

    const detail = EventDetail.parse(await get('/api/events/ws-1'));
    expect(detail.event.closed).toBe(true);
    expect(detail.event.counts).toMatchObject({ going: 2, attended: 2, attendanceRate: 0.5 });
    expect(detail.attendance.map((a) => [a.userId, a.presentMinutes, a.attended]).sort()).toEqual(
      [
        [kenji, 60, true],
        [sam, 60, true],
      ].sort(),
    );
    expect(detail.survey).toMatchObject({ responses: 1, attendees: 2, responseRate: 0.5 });
    expect(detail.survey.rating).toEqual({ mean: 4, distribution: [0, 0, 0, 1, 0] });
    expect(detail.survey.improvements.map((i) => i.text)).toEqual(['More exercises']);

    const stats = EventStats.parse(await get('/api/events/stats'));
    expect(stats.events).toEqual([
      {
        id: 'ws-1',
        title: 'Rust workshop',
        type: 'workshop',
        startAt: detail.event.startAt,
        going: 2,
        attended: 2,
        attendanceRate: 0.5,
      },
    ]);
    expect(stats.byType).toEqual([
      {
        type: 'workshop',
        typeLabel: 'Workshop',
        events: 1,
        going: 2,
        attended: 2,
        attendanceRate: 0.5,
        surveyResponses: 1,
        rating: 4,
        contentQuality: 5,
        engagement: 3,
      },
    ]);
  });

  it('GET /api/events/programme shows each series with its rule in words and next occurrences, and the one-offs', async () => {
    t = await openEventsCommunity({
      timezone: 'Europe/Berlin',
      reminders: [],
      programme: [
        {
          id: 'standup',
          title: 'Monday standup',
          type: 'community_call',
          rrule: 'FREQ=WEEKLY;BYDAY=MO',
          start: '2026-03-02T18:00',
          duration: '30m',
          channel: 'Community Meetings',
          exceptions: [
            { date: '2026-03-16', cancel: true },
            { date: '2026-03-23', moveTo: '2026-03-24T18:00' },
          ],
        },
      ],
      oneOff: [
        {
          id: 'hack',
          title: 'Hackathon',
          type: 'hackathon',
          start: '2026-04-18T10:00',
          duration: '8h',
          location: 'Berlin',
        },
      ],
    });
    app = await openEventsApi(t);
    const programme = Programme.parse(await get('/api/events/programme'));
    const stored = new Map((await t.rows('events_events')).map((e) => [e.id, e.status]));
    expect(programme.timezone).toBe('Europe/Berlin');
    const [standup] = programme.series;
    expect(standup).toMatchObject({
      id: 'standup',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      ruleText: 'every week on Monday',
      durationMinutes: 30,
      place: 'Community Meetings',
    });
    expect(standup?.next.map((o) => [o.localDate, o.exception])).toEqual([
      ['2026-03-02', null],
      ['2026-03-09', null],
      ['2026-03-16', 'cancelled'],
      ['2026-03-23', 'moved'],
      ['2026-03-30', null],
    ]);
    // 18:00 in Berlin is 17:00 UTC (CET) before 29 March, 16:00 UTC (CEST) after.
    expect(standup?.next[0]?.startAt).toBe(Date.UTC(2026, 2, 2, 17));
    expect(standup?.next[3]?.startAt).toBe(Date.UTC(2026, 2, 24, 17));
    expect(standup?.next[4]?.startAt).toBe(Date.UTC(2026, 2, 30, 16));
    for (const occurrence of standup?.next ?? []) {
      const expected = stored.get(occurrence.id) ?? (occurrence.exception === 'cancelled' ? 'canceled' : 'planned');
      expect(occurrence.status).toBe(expected);
    }
    expect(programme.oneOffs).toEqual([
      {
        id: 'hack',
        title: 'Hackathon',
        type: 'hackathon',
        typeLabel: 'Hackathon',
        start: '2026-04-18T10:00',
        place: 'Berlin',
        occurrence: expect.objectContaining({
          id: 'hack',
          startAt: Date.UTC(2026, 3, 18, 8),
          endAt: Date.UTC(2026, 3, 18, 16),
        }) as unknown,
      },
    ]);
    expect(HOUR).toBe(60 * MINUTE);
  });
});

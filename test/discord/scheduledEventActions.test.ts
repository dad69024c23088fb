import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequest, isNotFound } from '../../src/platform/PlatformError.js';
import type { ScheduledEventRecurrence, ScheduledEventSpec } from '../../src/platform/Platform.js';
import { connectDiscordPlatform, type ConnectedDiscordPlatform } from './connectDiscordPlatform.js';
import { fakeScheduledEvent, TEST_IDS } from './DiscordTestServer.js';

const G = TEST_IDS.guildId;
const EVENTS = `/guilds/${G}/scheduled-events`;
const { voice: LOUNGE } = TEST_IDS.channels;
const START = Date.UTC(2026, 0, 7, 18);
const HOUR = 3_600_000;

const weekly: ScheduledEventRecurrence = {
  startAt: START,
  frequency: 'weekly',
  interval: 2,
  byWeekday: [2],
  byNWeekday: null,
  byMonth: null,
  byMonthDay: null,
};
const voice: ScheduledEventSpec = {
  name: 'Study hall',
  description: 'Co-working, cameras optional',
  startAt: START,
  endAt: null,
  entityType: 'voice',
  channelId: LOUNGE,
  location: null,
  recurrence: null,
};
const external: ScheduledEventSpec = {
  name: 'Meetup',
  description: null,
  startAt: START,
  endAt: START + 2 * HOUR,
  entityType: 'external',
  channelId: null,
  location: 'Café Lumen, Leeds',
  recurrence: null,
};

describe('scheduled events through discord.js', () => {
  let c: ConnectedDiscordPlatform;
  beforeAll(async () => {
    c = await connectDiscordPlatform();
  });
  afterAll(async () => {
    await c.close();
  });
  beforeEach(() => {
    c.discord.scheduledEvents.events.length = 0;
    c.discord.scheduledEvents.users.clear();
    c.discord.clearRequests();
  });
  const sent = () =>
    c.discord.requests.map((r) => ({
      request: `${r.method} ${r.path}${r.query === '' ? '' : `?${r.query}`}`,
      body: r.body,
      reason: r.auditLogReason,
    }));

  it('creates a voice event: lists first (with_user_count), then POSTs Discord’s shape with the reason', async () => {
    const created = await c.platform.createScheduledEvent(G, voice, 'Guildhall events: weekly programme');
    expect(sent()).toEqual([
      { request: `GET ${EVENTS}?with_user_count=true`, body: undefined, reason: null },
      {
        request: `POST ${EVENTS}`,
        body: {
          name: 'Study hall',
          privacy_level: 2,
          scheduled_start_time: '2026-01-07T18:00:00.000Z',
          description: 'Co-working, cameras optional',
          entity_type: 2,
          channel_id: LOUNGE,
        },
        reason: 'Guildhall events: weekly programme',
      },
    ]);
    expect(created).toEqual({
      ...voice,
      id: c.discord.scheduledEvents.events[0]?.id,
      guildId: G,
      status: 'scheduled',
      creatorId: TEST_IDS.botUserId,
      userCount: null,
    });
  });

  it('sends recurrence_rule with only the settable fields, weekdays as Discord numbers them', async () => {
    const created = await c.platform.createScheduledEvent(G, { ...voice, recurrence: weekly }, 'r');
    expect(c.discord.requestsTo('POST', EVENTS)[0]?.body).toMatchObject({
      recurrence_rule: {
        start: '2026-01-07T18:00:00.000Z',
        frequency: 2,
        interval: 2,
        by_weekday: [2],
        by_n_weekday: null,
        by_month: null,
        by_month_day: null,
      },
    });
    expect(created.recurrence).toEqual(weekly);
  });

  it('creates an external event with location and end time, no channel', async () => {
    const yearly: ScheduledEventRecurrence = {
      ...weekly,
      frequency: 'yearly',
      interval: 1,
      byWeekday: null,
      byMonth: [1],
      byMonthDay: [7],
    };
    await c.platform.createScheduledEvent(G, external, 'r');
    await c.platform.createScheduledEvent(G, { ...external, recurrence: yearly }, 'r');
    const [plain, annual] = c.discord.requestsTo('POST', EVENTS).map((r) => r.body);
    expect(plain).toEqual({
      name: 'Meetup',
      privacy_level: 2,
      scheduled_start_time: '2026-01-07T18:00:00.000Z',
      scheduled_end_time: '2026-01-07T20:00:00.000Z',
      entity_type: 3,
      entity_metadata: { location: 'Café Lumen, Leeds' },
    });
    expect(annual).toMatchObject({
      recurrence_rule: { frequency: 0, interval: 1, by_weekday: null, by_month: [1], by_month_day: [7] },
    });
  });

  it('refuses a spec Discord would refuse before any request, and a 101st event after listing', async () => {
    const refuse = (spec: ScheduledEventSpec) =>
      expect(c.platform.createScheduledEvent(G, spec, 'r')).rejects.toBeInstanceOf(InvalidRequest);
    await refuse({ ...external, location: null });
    await refuse({ ...voice, startAt: c.clock.now() - 1 });
    await refuse({ ...voice, recurrence: { ...weekly, byWeekday: [0, 2] } });
    expect(c.discord.requests).toEqual([]);
    for (let i = 0; i < 100; i++) c.discord.scheduledEvents.events.push(fakeScheduledEvent(G, { status: 2 }));
    await refuse(voice);
    expect(sent().map((s) => s.request)).toEqual([`GET ${EVENTS}?with_user_count=true`]);
  });

  it('lists scheduled and active events with their interested counts', async () => {
    const { events, users } = c.discord.scheduledEvents;
    const open = fakeScheduledEvent(G, { name: 'Open', channel_id: LOUNGE, status: 2 });
    events.push(open, fakeScheduledEvent(G, { name: 'Done', status: 3 }));
    users.set(String(open.id), [TEST_IDS.ownerId, TEST_IDS.memberUserId]);
    const listed = await c.platform.listScheduledEvents(G);
    expect(listed.map((e) => [e.name, e.status, e.userCount, e.entityType, e.channelId])).toEqual([
      ['Open', 'active', 2, 'voice', LOUNGE],
    ]);
  });

  it('edits: reads the event, then PATCHes only the given fields with the reason (status to start it)', async () => {
    const created = await c.platform.createScheduledEvent(G, voice, 'r');
    c.discord.clearRequests();
    const started = await c.platform.editScheduledEvent(G, created.id, { status: 'active' }, 'Guildhall: started');
    expect(sent()).toEqual([
      { request: `GET ${EVENTS}/${created.id}`, body: undefined, reason: null },
      { request: `PATCH ${EVENTS}/${created.id}`, body: { status: 2 }, reason: 'Guildhall: started' },
    ]);
    expect(started.status).toBe('active');
    c.discord.clearRequests();
    await expect(c.platform.editScheduledEvent(G, created.id, { status: 'canceled' }, 'r')).rejects.toBeInstanceOf(
      InvalidRequest,
    );
    expect(sent().map((s) => s.request)).toEqual([`GET ${EVENTS}/${created.id}`]);
  });

  it('moving an event outside sends entity type, channel null, location and end; recurrence can be cleared', async () => {
    const created = await c.platform.createScheduledEvent(G, { ...voice, recurrence: weekly }, 'r');
    c.discord.clearRequests();
    const moved = await c.platform.editScheduledEvent(
      G,
      created.id,
      { entityType: 'external', location: 'Park', endAt: START + HOUR, recurrence: null },
      'Guildhall: moved',
    );
    expect(c.discord.requestsTo('PATCH', `${EVENTS}/${created.id}`)[0]?.body).toEqual({
      scheduled_end_time: '2026-01-07T19:00:00.000Z',
      entity_type: 3,
      channel_id: null,
      entity_metadata: { location: 'Park' },
      recurrence_rule: null,
    });
    expect(moved).toMatchObject({ entityType: 'external', channelId: null, location: 'Park', recurrence: null });
  });

  it('deletes with DELETE; an unknown event is NotFound (scheduled_event)', async () => {
    const created = await c.platform.createScheduledEvent(G, voice, 'r');
    c.discord.clearRequests();
    await c.platform.deleteScheduledEvent(G, created.id);
    expect(sent()).toEqual([{ request: `DELETE ${EVENTS}/${created.id}`, body: undefined, reason: null }]);
    expect(c.discord.scheduledEvents.events).toEqual([]);
    const error: unknown = await c.platform.deleteScheduledEvent(G, created.id).catch((e: unknown) => e);
    expect(isNotFound(error, 'scheduled_event')).toBe(true);
    expect(error).toMatchObject({ code: 10070, id: created.id });
  });

  it('lists every interested user, 100 a page, the next page after the last id', async () => {
    const created = await c.platform.createScheduledEvent(G, voice, 'r');
    const ids = Array.from({ length: 150 }, (_, i) => String(849000000000100000n + BigInt(i)));
    c.discord.scheduledEvents.users.set(created.id, [...ids].reverse());
    c.discord.clearRequests();
    expect(await c.platform.listScheduledEventUsers(G, created.id)).toEqual(ids);
    expect(sent().map((s) => s.request)).toEqual([
      `GET ${EVENTS}/${created.id}/users?limit=100`,
      `GET ${EVENTS}/${created.id}/users?limit=100&after=${ids[99]}`,
    ]);
  });
});

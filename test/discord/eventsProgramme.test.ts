import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { eventsDb } from '../../src/modules/events/EventsTables.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';

/**
 * The programme sync through the real discord.js client: the occurrences within the horizon
 * become Discord scheduled events (the exact Create Guild Scheduled Event requests: a voice
 * event in the Lounge at 18:00 Berlin time, an external one with its location and end), an
 * hour later the sync lists and creates nothing twice, and an event staff make on Discord
 * (GUILD_SCHEDULED_EVENT_CREATE) becomes a row.
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const EVENTS = `/guilds/${G}/scheduled-events`;
const HOUR = 3_600_000;
const START = Date.UTC(2026, 2, 2, 12); // Monday, 13:00 in Berlin

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  events: {
    timezone: 'Europe/Berlin',
    horizon: '5d',
    programme: [
      {
        id: 'standup',
        title: 'Community Standup',
        description: 'Week overview and Q&A',
        type: 'community_call',
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        start: '2026-01-05T18:00',
        duration: '30m',
        channel: 'Lounge',
      },
    ],
    oneOff: [
      {
        id: 'meetup',
        title: 'Berlin meetup',
        type: 'community_call',
        start: '2026-03-05T19:00',
        duration: '2h',
        location: 'c-base, Berlin',
      },
    ],
  },
});

describe(`events programme through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(START);
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  async function runDue(): Promise<void> {
    const { app } = running;
    while ((await app.scheduler.runDue()) > 0) await app.engine.settle();
    await app.engine.settle();
  }

  it('creates the occurrences as Discord scheduled events, then nothing twice', async () => {
    const { discord, app } = running;
    await runDue();
    const creates = discord.requestsTo('POST', EVENTS).map((r) => ({ body: r.body, reason: r.auditLogReason }));
    expect(creates).toEqual([
      {
        body: {
          name: 'Community Standup',
          privacy_level: 2,
          scheduled_start_time: '2026-03-02T17:00:00.000Z',
          scheduled_end_time: '2026-03-02T17:30:00.000Z',
          description: 'Week overview and Q&A',
          entity_type: 2,
          channel_id: C.voice,
        },
        reason: 'Guildhall events: programme',
      },
      {
        body: {
          name: 'Berlin meetup',
          privacy_level: 2,
          scheduled_start_time: '2026-03-05T18:00:00.000Z',
          scheduled_end_time: '2026-03-05T20:00:00.000Z',
          entity_type: 3,
          entity_metadata: { location: 'c-base, Berlin' },
        },
        reason: 'Guildhall events: programme',
      },
    ]);
    const rows = await eventsDb(app.store.db)
      .selectFrom('events_events')
      .select(['id', 'platform_event_id'])
      .orderBy('start_at')
      .execute();
    expect(rows.map((r) => r.id)).toEqual(['standup:2026-03-02', 'meetup']);
    expect(rows.map((r) => r.platform_event_id)).toEqual(discord.scheduledEvents.events.map((e) => e.id));

    discord.clearRequests();
    clock.advance(HOUR);
    await runDue();
    expect(discord.requestsTo('GET', EVENTS)).toHaveLength(1);
    expect(discord.requestsTo('POST', EVENTS)).toEqual([]);
  });

  it('takes in an event staff made on Discord', async () => {
    const { discord, app } = running;
    const before = await handledCreates();
    await discord.dispatch('GUILD_SCHEDULED_EVENT_CREATE', {
      id: '1312000000000000777',
      guild_id: G,
      channel_id: C.voice2,
      creator_id: TEST_IDS.ownerId,
      name: 'Office hours with Ada',
      description: null,
      scheduled_start_time: '2026-03-04T16:00:00.000Z',
      scheduled_end_time: null,
      privacy_level: 2,
      status: 1,
      entity_type: 2,
      entity_id: null,
      entity_metadata: null,
      recurrence_rule: null,
    });
    // The gateway delivers asynchronously: wait for the event to be recorded and handled.
    for (let i = 0; i < 500 && (await handledCreates()) === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await app.engine.settle();
    }
    const row = await eventsDb(app.store.db)
      .selectFrom('events_events')
      .selectAll()
      .where('platform_event_id', '=', '1312000000000000777')
      .executeTakeFirst();
    expect(row).toMatchObject({
      id: 'discord:1312000000000000777',
      source: 'discord',
      type: 'office_hours',
      channel_id: C.voice2,
      start_at: Date.UTC(2026, 2, 4, 16),
      end_at: Date.UTC(2026, 2, 4, 17),
      capacity: null,
    });
  });

  it('takes in an event another bot made a minute later, unless a Guildhall row holds it by then', async () => {
    const { discord, app } = running;
    const before = await handledCreates();
    await discord.dispatch('GUILD_SCHEDULED_EVENT_CREATE', {
      id: '1312000000000000888',
      guild_id: G,
      channel_id: C.voice,
      creator_id: TEST_IDS.botUserId,
      name: 'Bot-made AMA',
      description: null,
      scheduled_start_time: '2026-03-06T16:00:00.000Z',
      scheduled_end_time: null,
      privacy_level: 2,
      status: 1,
      entity_type: 2,
      entity_id: null,
      entity_metadata: null,
      recurrence_rule: null,
    });
    for (let i = 0; i < 500 && (await handledCreates()) === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await app.engine.settle();
    }
    const find = () =>
      eventsDb(app.store.db)
        .selectFrom('events_events')
        .select(['id', 'type'])
        .where('platform_event_id', '=', '1312000000000000888')
        .execute();
    expect(await find()).toEqual([]);
    clock.advance(60_000);
    await runDue();
    expect(await find()).toEqual([{ id: 'discord:1312000000000000888', type: 'ama' }]);
  });

  async function handledCreates(): Promise<number> {
    const rows = await running.app.store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', '=', 'scheduled_event.created')
      .where('handled_at', 'is not', null)
      .execute();
    return rows.length;
  }
});

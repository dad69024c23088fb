import { stringify } from 'yaml';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import type { ModuleRoute } from '../../src/core/defineRoute.js';
import type { EventsContext } from '../../src/modules/events/EventsContext.js';
import { eventsDb } from '../../src/modules/events/EventsTables.js';
import { scheduleEventJobs } from '../../src/modules/events/lifecycle/scheduleEventJobs.js';
import { CommunityEvents } from '../../src/modules/events/store/CommunityEvents.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';
import { testGuildCreate } from './testGuild.js';

/**
 * Members already in the event's voice channel when it starts, through the real discord.js
 * client: one listed in GUILD_CREATE's voice states (in voice since before Guildhall
 * connected), one who joined an hour before the start (a VOICE_STATE_UPDATE outside the
 * presence window). Neither sends a voice event during the event; the start job reads them
 * from discord.js's voice state cache and counts them from the start.
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const ADA = TEST_IDS.memberUserId;
/** In the voice channel (self-muted) since before Guildhall connected. */
const BEA = '849000000000000321';
const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 2, 14);
const END = START + 60 * MINUTE;
const EVENT_ID = 'silent-workshop';

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  events: { reminders: [], attendance: { minMinutes: 15 }, survey: { enabled: false } },
});

describe(`members already in voice at the start, through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    const guild = testGuildCreate();
    guild.voice_states = [
      {
        user_id: BEA,
        channel_id: C.voice,
        session_id: 'bea-session',
        deaf: false,
        mute: false,
        self_deaf: false,
        self_mute: true,
        self_video: false,
        suppress: false,
        request_to_speak_timestamp: null,
      },
    ];
    running = await startOnFakeDiscord({ configText: config, clock, guild });
    await inEventsUnit(async (ctx) => {
      const event = {
        id: EVENT_ID,
        guild_id: G,
        source: 'command',
        series_id: null,
        local_date: null,
        title: 'Silent workshop',
        description: null,
        type: 'workshop',
        start_at: START,
        end_at: END,
        channel_id: C.voice,
        location: null,
        capacity: null,
        host_id: null,
        status: 'scheduled',
        platform_event_id: null,
        announce_channel_id: null,
        announce_message_id: null,
        sequence: 0,
        created_by: null,
        created_at: clock.now(),
        updated_at: clock.now(),
        closed_at: null,
      } as const;
      await new CommunityEvents(ctx.db).insert(event);
      await scheduleEventJobs(ctx, event);
    });
  });
  afterAll(async () => {
    await running.close();
  });

  /** Runs `work` in one unit of work of the events module, through a route made for the test. */
  async function inEventsUnit(work: (ctx: EventsContext) => Promise<void>): Promise<void> {
    const route: ModuleRoute<EventsContext> = {
      method: 'POST',
      path: '/test-unit',
      access: 'admin',
      summary: 'test only',
      response: z.object({}),
      async handle(_input, ctx) {
        await work(ctx);
        return { status: 200, body: {} };
      },
    };
    await running.app.engine.runRoute('events', route, {
      params: {},
      query: {},
      body: {},
      actor: { userId: '1', name: 'test', role: 'admin', devLogin: true },
      guildId: G,
      requestId: 'events-presence-setup',
    });
  }

  async function handledVoiceJoins(): Promise<number> {
    const rows = await running.app.store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', '=', 'voice.joined')
      .where('handled_at', 'is not', null)
      .execute();
    return rows.length;
  }

  /** Moves the clock to `at` and runs the jobs due then. */
  async function runJobsAt(at: number): Promise<void> {
    clock.advance(at - clock.now());
    await running.app.scheduler.runDue();
    await running.app.engine.settle();
  }

  const attendance = () =>
    eventsDb(running.app.store.db)
      .selectFrom('events_attendance')
      .select(['user_id', 'present_ms', 'unmuted_ms', 'joined_at', 'unmuted_since', 'attended'])
      .orderBy('user_id')
      .execute();

  it('the start job counts them from the start; the end job marks both attended with the full hour', async () => {
    clock.advance(START - 60 * MINUTE - clock.now());
    await running.discord.dispatch(
      'VOICE_STATE_UPDATE',
      loadFixture('voice_state_update_1', {
        guild_id: G,
        user_id: ADA,
        channel_id: C.voice,
        session_id: 'ada-session',
        mute: false,
        self_mute: false,
      }),
    );
    await vi.waitFor(async () => expect(await handledVoiceJoins()).toBe(1));
    await running.app.engine.settle();
    expect(await attendance()).toEqual([]); // an hour early: outside the presence window

    await runJobsAt(START);
    expect(await attendance()).toEqual([
      { user_id: ADA, present_ms: 0, unmuted_ms: 0, joined_at: START, unmuted_since: START, attended: 0 },
      { user_id: BEA, present_ms: 0, unmuted_ms: 0, joined_at: START, unmuted_since: null, attended: 0 },
    ]);

    await runJobsAt(END);
    expect(await attendance()).toEqual([
      {
        user_id: ADA,
        present_ms: 60 * MINUTE,
        unmuted_ms: 60 * MINUTE,
        joined_at: null,
        unmuted_since: null,
        attended: 1,
      },
      { user_id: BEA, present_ms: 60 * MINUTE, unmuted_ms: 0, joined_at: null, unmuted_since: null, attended: 1 },
    ]);
    const ended = await running.app.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'events.ended')
      .execute();
    expect(ended.map((e) => JSON.parse(e.payload) as unknown)).toEqual([
      expect.objectContaining({ eventId: EVENT_ID, attended: 2, walkIns: 2 }),
    ]);
  });
});

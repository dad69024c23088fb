import { stringify } from 'yaml';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import type { ModuleRoute } from '../../src/core/defineRoute.js';
import type { EventsContext } from '../../src/modules/events/EventsContext.js';
import { eventsDb } from '../../src/modules/events/EventsTables.js';
import { scheduleEventJobs } from '../../src/modules/events/lifecycle/scheduleEventJobs.js';
import { CommunityEvents, type CommunityEvent } from '../../src/modules/events/store/CommunityEvents.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * Voice attendance and the survey through the real discord.js client: VOICE_STATE_UPDATEs in
 * (join early, mute, unmute, move away), the end job closing attendance and posting the survey
 * as Discord's Create Message expects it, the button answered with the form (callback type 9)
 * and the form's submission with an ephemeral callback.
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const ADA = TEST_IDS.memberUserId;
/** Going, never comes: a no-show. */
const BEA = '849000000000000321';
const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 2, 13);
const END = START + 60 * MINUTE;
const EVENT_ID = 'rust-workshop';

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  recognition: { points: { event_attended: 10 } },
  events: { reminders: [], attendance: { minMinutes: 15 } },
});

describe(`voice attendance and the survey through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 12));
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
    await inEventsUnit(async (ctx) => {
      const event: CommunityEvent = {
        id: EVENT_ID,
        guild_id: G,
        source: 'command',
        series_id: null,
        local_date: null,
        title: 'Rust workshop',
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
      };
      await new CommunityEvents(ctx.db).insert(event);
      await scheduleEventJobs(ctx, event);
      for (const userId of [ADA, BEA]) {
        await eventsDb(ctx.db)
          .insertInto('events_rsvps')
          .values({
            guild_id: G,
            event_id: EVENT_ID,
            user_id: userId,
            status: 'going',
            interested: 0,
            waitlisted_at: null,
            created_at: clock.now(),
            updated_at: clock.now(),
          })
          .execute();
      }
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
      requestId: 'events-discord-setup',
    });
  }

  /** Dispatches Ada's voice state at the clock's time and waits until its events are handled. */
  async function voiceState(at: number, patch: Record<string, unknown>, expectEvents: number): Promise<void> {
    clock.advance(at - clock.now());
    const before = await voiceEventCount();
    await running.discord.dispatch(
      'VOICE_STATE_UPDATE',
      loadFixture('voice_state_update_1', {
        guild_id: G,
        user_id: ADA,
        session_id: 'ada-session',
        mute: false,
        self_mute: false,
        ...patch,
      }),
    );
    await vi.waitFor(async () => expect(await voiceEventCount()).toBe(before + expectEvents));
    await running.app.engine.settle();
  }

  async function voiceEventCount(): Promise<number> {
    const rows = await running.app.store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', 'in', ['voice.joined', 'voice.left', 'voice.mute_changed'])
      .where('handled_at', 'is not', null)
      .execute();
    return rows.length;
  }

  async function interact(payload: Record<string, unknown>, token: string): Promise<unknown> {
    const { discord, app } = running;
    discord.clearRequests();
    await discord.dispatch('INTERACTION_CREATE', payload);
    const callback = await discord.waitForRequest('POST', `/interactions/${String(payload.id)}/${token}/callback`);
    await app.engine.settle();
    return callback.body;
  }

  const member = {
    user: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
    roles: [TEST_IDS.roles.member],
    joined_at: '2025-01-01T00:00:00.000000+00:00',
    deaf: false,
    mute: false,
    pending: false,
    permissions: '2248473465835073',
  };

  it('counts voice presence, closes attendance at the end and posts the survey with its button', async () => {
    await voiceState(START - 5 * MINUTE, { channel_id: C.voice }, 1); // early: counts from the start
    await voiceState(START + 20 * MINUTE, { channel_id: C.voice, self_mute: true }, 1);
    await voiceState(START + 30 * MINUTE, { channel_id: C.voice, self_mute: false }, 1);
    await voiceState(START + 45 * MINUTE, { channel_id: C.voice2 }, 2); // a move: left + joined

    running.discord.clearRequests();
    clock.advance(END - clock.now());
    await running.app.scheduler.runDue();
    await running.app.engine.settle();
    await running.app.scheduler.runDue();
    await running.app.engine.settle();

    const rows = await eventsDb(running.app.store.db)
      .selectFrom('events_attendance')
      .select(['user_id', 'present_ms', 'unmuted_ms', 'attended'])
      .execute();
    expect(rows).toEqual([{ user_id: ADA, present_ms: 45 * MINUTE, unmuted_ms: 35 * MINUTE, attended: 1 }]);
    const ended = await running.app.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'events.ended')
      .execute();
    expect(ended.map((e) => JSON.parse(e.payload) as unknown)).toEqual([
      {
        eventId: EVENT_ID,
        title: 'Rust workshop',
        eventType: 'workshop',
        going: 2,
        attended: 1,
        noShows: 1,
        walkIns: 0,
        rate: 0.5,
      },
    ]);
    const posts = running.discord.requestsTo('POST', `/channels/${C.announcements}/messages`);
    expect(posts.map((p) => p.body)).toEqual([
      {
        content: `**Rust workshop** has ended. Thanks for coming, <@${ADA}>! How was it? Attendees and members who were going can rate it until <t:${(END + 7 * 24 * 60 * MINUTE) / 1000}:F>.`,
        components: [
          {
            type: 1,
            components: [{ type: 2, style: 1, label: 'Rate this event', custom_id: `events:survey:${EVENT_ID}` }],
          },
        ],
        allowed_mentions: { parse: [], users: [ADA] },
        nonce: messageNonce(`events:survey:${G}:${EVENT_ID}`),
        enforce_nonce: true,
      },
    ]);
  });

  it('answers "Rate this event" with the survey form, and its submission with an ephemeral callback', async () => {
    clock.advance(MINUTE);
    const press = loadFixture('interaction_create_button', { id: '1457000000000099001', token: 'survey-token' });
    press.data = { custom_id: `events:survey:${EVENT_ID}`, component_type: 2, id: 2 };
    press.member = member;
    press.channel_id = C.announcements;
    expect(await interact(press, 'survey-token')).toEqual({
      type: 9,
      data: {
        custom_id: `events:survey-form:${EVENT_ID}`,
        title: 'Rate: Rust workshop',
        components: [
          ...[
            ['rating', 'Overall rating (1–5)'],
            ['content_quality', 'Content quality (1–5)'],
            ['engagement', 'Engagement (1–5)'],
          ].map(([id, label]) => ({
            type: 18,
            label,
            component: {
              type: 4,
              custom_id: id,
              style: 1,
              required: true,
              min_length: 1,
              max_length: 1,
              placeholder: '1 (poor) to 5 (excellent)',
            },
          })),
          ...[
            ['improvements', 'What could be improved?'],
            ['future_topics', 'Topics for future events?'],
          ].map(([id, label]) => ({
            type: 18,
            label,
            component: { type: 4, custom_id: id, style: 2, required: false, max_length: 1000 },
          })),
        ],
      },
    });

    const submit = (id: string, token: string, rating: string): Record<string, unknown> => {
      const modal = loadFixture('interaction_create_modal', { id, token });
      const field = (customId: string, value: string) => ({
        type: 18,
        component: { type: 4, custom_id: customId, value },
      });
      modal.data = {
        custom_id: `events:survey-form:${EVENT_ID}`,
        components: [
          field('rating', rating),
          field('content_quality', '4'),
          field('engagement', '5'),
          field('improvements', 'More hands-on time'),
          field('future_topics', ''),
        ],
      };
      modal.member = member;
      modal.channel_id = C.announcements;
      return modal;
    };
    expect(await interact(submit('1457000000000099002', 'bad-token', '9'), 'bad-token')).toEqual({
      type: 4,
      data: {
        content:
          '“Overall rating (1–5)” must be a whole number from 1 to 5 (you wrote “9”). Nothing was saved: press “Rate this event” again.',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    const surveys = () => eventsDb(running.app.store.db).selectFrom('events_surveys').selectAll().execute();
    expect(await surveys()).toEqual([]);

    expect(await interact(submit('1457000000000099003', 'good-token', '4'), 'good-token')).toEqual({
      type: 4,
      data: {
        content: 'Thanks for rating “Rust workshop” (4/5): the hosts read every answer.',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    expect(
      (await surveys()).map((s) => [
        s.user_id,
        s.rating,
        s.content_quality,
        s.engagement,
        s.improvements,
        s.future_topics,
      ]),
    ).toEqual([[ADA, 4, 4, 5, 'More hands-on time', null]]);
  });
});

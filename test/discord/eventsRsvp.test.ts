import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { scheduleEventJobs } from '../../src/modules/events/lifecycle/scheduleEventJobs.js';
import { announceEvent } from '../../src/modules/events/rsvp/announceEvent.js';
import type { EventsTables } from '../../src/modules/events/EventsTables.js';
import { CommunityEvents, type CommunityEvent } from '../../src/modules/events/store/CommunityEvents.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { inEngineUnit } from '../events/rsvpFixture.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture } from './fixtures.js';

/**
 * RSVP and reminders through the real discord.js client: the announcement as Discord's Create
 * Message gets it, a member's "Going" press answered by an ephemeral interaction callback, and
 * the 1-hour reminder: the channel mention pinging only the member going, and their DM (they
 * asked for DMs with the "Remind me by DM" button).
 */
const G = TEST_IDS.guildId;
const C = TEST_IDS.channels;
const ADA = '849000000000000300';
const BEN = '849000000000000301';
const CARA = '849000000000000302';
const TALK_DISCORD_ID = '1312000000000000001';
const HOUR = 3_600_000;
const START = Date.UTC(2026, 2, 1, 12);
const EVENT_START = START + 3 * HOUR;

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  events: { reminders: ['1h'] },
});

const EVENT: CommunityEvent = {
  id: 'rust-1',
  guild_id: G,
  source: 'command',
  series_id: null,
  local_date: null,
  title: 'Rust workshop',
  description: null,
  type: 'workshop',
  start_at: EVENT_START,
  end_at: EVENT_START + HOUR,
  channel_id: C.voice,
  location: null,
  capacity: 10,
  host_id: null,
  status: 'scheduled',
  platform_event_id: null,
  announce_channel_id: null,
  announce_message_id: null,
  sequence: 0,
  created_by: null,
  created_at: START,
  updated_at: START,
  closed_at: null,
};

describe(`events RSVP and reminders through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(START);
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  /** Ada presses a button of the announcement; answers the callback's body. */
  async function press(customId: string, id: string): Promise<unknown> {
    const { discord, app } = running;
    const interaction = loadFixture('interaction_create_button', { id, token: `token-${id}` });
    interaction.data = { custom_id: customId, component_type: 2, id: 2 };
    interaction.member = {
      user: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
      roles: [TEST_IDS.roles.member],
      joined_at: '2026-01-01T12:00:00.000000+00:00',
      deaf: false,
      mute: false,
      pending: false,
      permissions: '0',
    };
    interaction.channel_id = C.announcements;
    await discord.dispatch('INTERACTION_CREATE', interaction);
    const callback = await discord.waitForRequest('POST', `/interactions/${id}/token-${id}/callback`);
    await app.engine.settle();
    return callback.body;
  }

  it('announces, answers "Going" with an ephemeral callback, and reminds by channel mention and DM', async () => {
    const { discord, app } = running;
    discord.clearRequests();
    await inEngineUnit(app.engine, G, async (ctx) => {
      await new CommunityEvents(ctx.db).insert(EVENT);
      await scheduleEventJobs(ctx, EVENT);
      await announceEvent(ctx, EVENT);
    });
    const seconds = EVENT_START / 1000;
    const [announcement] = discord.requestsTo('POST', `/channels/${C.announcements}/messages`);
    expect(announcement?.body).toEqual({
      embeds: [
        {
          title: 'Rust workshop',
          color: 0x5865f2,
          fields: [
            { name: 'Type', value: 'Workshop', inline: true },
            { name: 'When', value: `<t:${seconds}:F> (<t:${seconds}:R>)`, inline: true },
            { name: 'Where', value: `<#${C.voice}>`, inline: true },
            { name: 'Places', value: '10 of 10 left', inline: true },
          ],
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 3, label: 'Going', custom_id: 'events:rsvp:going:rust-1' },
            { type: 2, style: 1, label: 'Maybe', custom_id: 'events:rsvp:maybe:rust-1' },
            { type: 2, style: 2, label: 'Not going', custom_id: 'events:rsvp:not_going:rust-1' },
            { type: 2, style: 2, label: 'Remind me by DM', custom_id: 'events:reminders:dm' },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
      nonce: messageNonce('events:announce:rust-1'),
      enforce_nonce: true,
    });

    discord.clearRequests();
    expect(await press('events:rsvp:going:rust-1', '1457000000000077001')).toEqual({
      type: 4,
      data: {
        content: `You are going to “Rust workshop”, <t:${seconds}:F> (<t:${seconds}:R>). Places: 9 of 10 left.`,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    expect(await press('events:reminders:dm', '1457000000000077002')).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringContaining('reminders by DM are on') as string },
    });
    // The announcement edited with the new places line, and answers: nothing posted, nobody DMed.
    let cardId: string | null | undefined;
    await inEngineUnit(app.engine, G, async (ctx) => {
      cardId = (await new CommunityEvents(ctx.db).get(G, 'rust-1'))?.announce_message_id;
    });
    const card = `/channels/${C.announcements}/messages/${cardId ?? 'none'}`;
    expect(discord.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH ${card}`,
      'POST /interactions/1457000000000077001/token-1457000000000077001/callback',
      'POST /interactions/1457000000000077002/token-1457000000000077002/callback',
    ]);

    const [edit] = discord.requestsTo('PATCH', card);
    expect(edit?.body).toEqual({
      content: '',
      embeds: [
        {
          ...(announcement?.body as { embeds: object[] }).embeds[0],
          fields: [
            { name: 'Type', value: 'Workshop', inline: true },
            { name: 'When', value: `<t:${seconds}:F> (<t:${seconds}:R>)`, inline: true },
            { name: 'Where', value: `<#${C.voice}>`, inline: true },
            { name: 'Places', value: '9 of 10 left', inline: true },
          ],
        },
      ],
      components: (announcement?.body as { components: unknown }).components,
      allowed_mentions: { parse: [] },
    });

    discord.clearRequests();
    clock.advance(EVENT_START - HOUR - clock.now());
    await app.scheduler.runDue();
    await app.engine.settle();
    const text = `Reminder: “Rust workshop” starts <t:${seconds}:F> (<t:${seconds}:R>). Where: <#${C.voice}>.`;
    const nonce = `events:remind:rust-1:${EVENT_START}:${HOUR}`;
    const posts = discord.requestsTo('POST', `/channels/${C.announcements}/messages`);
    expect(posts.map((p) => p.body)).toEqual([
      {
        content: `${text}\n<@${ADA}>`,
        allowed_mentions: { parse: [], users: [ADA] },
        nonce: messageNonce(`${nonce}:0`),
        enforce_nonce: true,
      },
    ]);
    const [openDm] = discord.requestsTo('POST', '/users/@me/channels');
    expect(openDm?.body).toEqual({ recipient_id: ADA });
    const dms = discord.requests.filter(
      (r) =>
        r.method === 'POST' &&
        /^\/channels\/\d+\/messages$/.test(r.path) &&
        r.path !== `/channels/${C.announcements}/messages`,
    );
    expect(dms.map((d) => d.body)).toEqual([
      {
        content: text,
        allowed_mentions: { parse: [] },
        nonce: messageNonce(`${nonce}:dm:${ADA}`),
        enforce_nonce: true,
      },
    ]);
  });

  /** Dispatches a scheduled-event interest change and waits until the engine handled it. */
  async function interest(userId: string, added: boolean): Promise<void> {
    const { discord, app } = running;
    const type = added ? 'scheduled_event.user_added' : 'scheduled_event.user_removed';
    const handledBefore = await handledCount(type);
    clock.advance(1000);
    await discord.dispatch(added ? 'GUILD_SCHEDULED_EVENT_USER_ADD' : 'GUILD_SCHEDULED_EVENT_USER_REMOVE', {
      guild_scheduled_event_id: TALK_DISCORD_ID,
      user_id: userId,
      guild_id: G,
    });
    // The gateway delivers asynchronously: wait for the event to be recorded and handled.
    for (let i = 0; i < 500 && (await handledCount(type)) === handledBefore; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await app.engine.settle();
    }
    expect(await handledCount(type)).toBe(handledBefore + 1);
  }

  async function handledCount(type: string): Promise<number> {
    const rows = await running.app.store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', '=', type)
      .where('handled_at', 'is not', null)
      .execute();
    return rows.length;
  }

  async function statusesOf(eventId: string): Promise<Record<string, string>> {
    const rows = await running.app.store.db
      .withTables<EventsTables>()
      .selectFrom('events_rsvps')
      .select(['user_id', 'status', 'interested'])
      .where('event_id', '=', eventId)
      .execute();
    return Object.fromEntries(rows.map((r) => [r.user_id, `${r.status}${r.interested === 1 ? '+i' : ''}`]));
  }

  it('members marking the Discord event "interested" are going, waitlisted when full; a redelivery changes nothing; taking it back promotes', async () => {
    const { discord, app } = running;
    const talk: CommunityEvent = {
      ...EVENT,
      id: 'talk-1',
      title: 'AMA',
      type: 'ama',
      capacity: 1,
      platform_event_id: TALK_DISCORD_ID,
    };
    await inEngineUnit(app.engine, G, async (ctx) => {
      await new CommunityEvents(ctx.db).insert(talk);
    });
    await interest(BEN, true);
    await interest(CARA, true);
    expect(await statusesOf('talk-1')).toEqual({ [BEN]: 'going+i', [CARA]: 'waitlisted+i' });
    // Discord delivers Ben's add again (a new receipt, so a new event id): nothing changes.
    await interest(BEN, true);
    expect(await statusesOf('talk-1')).toEqual({ [BEN]: 'going+i', [CARA]: 'waitlisted+i' });

    discord.clearRequests();
    await interest(BEN, false);
    expect(await statusesOf('talk-1')).toEqual({ [BEN]: 'not_going', [CARA]: 'going+i' });
    const seconds = EVENT_START / 1000;
    const posts = discord.requestsTo('POST', `/channels/${C.announcements}/messages`);
    expect(posts.map((p) => p.body)).toEqual([
      {
        content: `A place opened up: you are now going to “AMA”, <t:${seconds}:F> (<t:${seconds}:R>).\n<@${CARA}>`,
        allowed_mentions: { parse: [], users: [CARA] },
        nonce: messageNonce(
          `events:promoted:discord:scheduled_event.user_removed:${TALK_DISCORD_ID}:${BEN}:${clock.now()}:${CARA}:0`,
        ),
        enforce_nonce: true,
      },
    ]);
    // Cara did not ask for DMs: none was opened.
    expect(discord.requestsTo('POST', '/users/@me/channels')).toEqual([]);
  });
});

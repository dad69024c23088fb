import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/Clock.js';
import { supportDb } from '../../src/modules/support/SupportTables.js';
import { messageNonce } from '../../src/platform/messageNonce.js';
import { DISCORD_EPOCH } from '../../src/platform/snowflakes.js';
import { startOnFakeDiscord, type GuildhallOnFakeDiscord } from '../app/startOnFakeDiscord.js';
import { testDialect } from '../testStore.js';
import { TEST_IDS } from './DiscordTestServer.js';
import { loadFixture, type FixtureObject } from './fixtures.js';
import { gatewayMessage } from './gatewayMessage.js';

/**
 * A forum question through the real discord.js client: the post (THREAD_CREATE with its tags,
 * then its starter MESSAGE_CREATE), an answer by another member, and the asker's "Mark as
 * solution" message command: Guildhall answers the interaction, PATCHes the post's
 * applied_tags (the solved tag added, the topic tag kept) and posts the confirmation.
 */
const G = TEST_IDS.guildId;
const FORUM = TEST_IDS.channels.forum;
const { solved: SOLVED, question: QUESTION } = TEST_IDS.forumTags;
const ASKER = TEST_IDS.memberUserId;
const HELPER = '849000000000000321';
const START = Date.UTC(2026, 2, 2, 12);
const MINUTE = 60_000;

/** A snowflake made at `ms` (Discord's ids carry their time). */
const snowflake = (ms: number, n = 0): string => ((BigInt(ms - DISCORD_EPOCH) << 22n) + BigInt(n)).toString();
const POST = snowflake(START, 1);
const ANSWER = snowflake(START + 10 * MINUTE, 2);
const INTERACTION = snowflake(START + 20 * MINUTE, 3);

const config = stringify({
  version: 1,
  community: { name: 'Test Guild', guildId: G },
  privacy: { messageContentDays: 0 },
  analytics: { enabled: false },
  automod: { builtInRules: { 'new-member-spam': false } },
  onboarding: { journey: [], reengagement: { enabled: false } },
  support: { helpChannels: ['help'], staffRoles: ['Moderator'] },
});

const ada = { id: ASKER, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null };
const ben = { id: HELPER, username: 'ben', discriminator: '0', global_name: 'Ben', avatar: null };
const memberOf = (joined: string): FixtureObject => ({
  roles: [TEST_IDS.roles.member],
  joined_at: joined,
  nick: null,
  deaf: false,
  mute: false,
  pending: false,
});

describe(`support questions through discord.js (${testDialect})`, () => {
  const clock = new ManualClock(START);
  let running: GuildhallOnFakeDiscord;

  beforeAll(async () => {
    running = await startOnFakeDiscord({ configText: config, clock });
  });
  afterAll(async () => {
    await running.close();
  });

  /** Dispatches and waits until the engine handled the event it becomes. */
  async function dispatchHandled(type: string, data: FixtureObject, eventId: string): Promise<void> {
    const { discord, app } = running;
    await discord.dispatch(type, data);
    const db = app.store.db;
    for (let i = 0; i < 500; i++) {
      const row = await db.selectFrom('event_log').select('handled_at').where('id', '=', eventId).executeTakeFirst();
      if (row !== undefined && row.handled_at !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await app.engine.settle();
    const row = await db.selectFrom('event_log').select('handled_at').where('id', '=', eventId).executeTakeFirst();
    expect(row?.handled_at).not.toBeNull();
  }

  async function question() {
    return supportDb(running.app.store.db)
      .selectFrom('support_questions')
      .selectAll()
      .where('id', '=', POST)
      .executeTakeFirst();
  }

  it('registers /solved, /unsolved and the "Mark as solution" message command', () => {
    const [put] = running.discord.requestsTo('PUT', /\/applications\/\d+\/guilds\/\d+\/commands$/);
    const commands = put?.body as { name: string; type?: number; options?: unknown[] }[];
    expect(commands.find((c) => c.name === 'Mark as solution')).toMatchObject({ type: 3 });
    expect(commands.find((c) => c.name === 'Mark as solution')).not.toHaveProperty('options');
    expect(commands.find((c) => c.name === 'solved')).toMatchObject({
      type: 1,
      options: [
        { name: 'answer', type: 3 },
        { name: 'helper', type: 6 },
      ],
    });
    expect(commands.find((c) => c.name === 'unsolved')).toMatchObject({ type: 1 });
  });

  it('a forum post is asked, answered, and marked solved with the "Mark as solution" message command', async () => {
    const { discord } = running;
    const thread = loadFixture('thread_create');
    const created = new Date(START).toISOString();
    await dispatchHandled(
      'THREAD_CREATE',
      {
        ...thread,
        id: POST,
        guild_id: G,
        parent_id: FORUM,
        owner_id: ASKER,
        name: 'Bot will not start',
        applied_tags: [QUESTION],
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: created,
          locked: false,
          create_timestamp: created,
        },
      },
      `discord:thread.created:${POST}`,
    );
    const starter = gatewayMessage({
      id: POST,
      channelId: POST,
      author: ada,
      content: 'It crashes at login.',
      timestamp: created,
    });
    await dispatchHandled(
      'MESSAGE_CREATE',
      { ...starter, guild_id: G, member: memberOf('2025-01-01T00:00:00.000000+00:00') },
      `discord:message.created:${POST}`,
    );
    expect(await question()).toMatchObject({
      channel_id: FORUM,
      asker_id: ASKER,
      title: 'Bot will not start',
      body: 'It crashes at login.',
      tags: '["Question"]',
      status: 'open',
    });

    clock.advance(10 * MINUTE);
    const answerText = 'Your token was reset: copy the new one.';
    const answer = gatewayMessage({
      id: ANSWER,
      channelId: POST,
      author: ben,
      content: answerText,
      timestamp: new Date(clock.now()).toISOString(),
    });
    await dispatchHandled(
      'MESSAGE_CREATE',
      { ...answer, guild_id: G, member: memberOf('2025-05-01T00:00:00.000000+00:00') },
      `discord:message.created:${ANSWER}`,
    );
    expect(await question()).toMatchObject({
      status: 'answered',
      first_responder_id: HELPER,
      answered_by: 'community',
      answers: 1,
    });

    clock.advance(10 * MINUTE);
    discord.clearRequests();
    const base = loadFixture('interaction_create_command');
    const token = `token-${INTERACTION}`;
    await dispatchHandled(
      'INTERACTION_CREATE',
      {
        ...base,
        id: INTERACTION,
        token,
        guild_id: G,
        channel_id: POST,
        channel: { id: POST, type: 11, guild_id: G, parent_id: FORUM, name: 'Bot will not start' },
        member: { ...memberOf('2025-01-01T00:00:00.000000+00:00'), user: ada, permissions: '0' },
        data: {
          id: '1444840420147204099',
          name: 'Mark as solution',
          type: 3,
          guild_id: G,
          target_id: ANSWER,
          resolved: { messages: { [ANSWER]: { ...answer, guild_id: G } } },
        },
      },
      `discord:interaction.command:${INTERACTION}`,
    );
    const callback = await discord.waitForRequest('POST', `/interactions/${INTERACTION}/${token}/callback`);
    await discord.waitForRequest('POST', `/channels/${POST}/messages`);
    await running.app.engine.settle();

    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: 'Marked as solved. Thank you for closing the loop!',
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    const writes = discord.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes.sort()).toEqual(
      [
        `PATCH /channels/${POST}`,
        `POST /channels/${POST}/messages`,
        `POST /interactions/${INTERACTION}/${token}/callback`,
      ].sort(),
    );
    const [patch] = discord.requestsTo('PATCH', `/channels/${POST}`);
    expect(patch?.body).toEqual({ applied_tags: [QUESTION, SOLVED] });
    expect(patch?.auditLogReason).toBe('Question solved');
    const [confirmation] = discord.requestsTo('POST', `/channels/${POST}/messages`);
    expect(confirmation?.body).toEqual({
      content:
        `✅ Marked as solved by <@${ASKER}>. Solution by <@${HELPER}>: https://discord.com/channels/${G}/${POST}/${ANSWER}\n` +
        'This thread will be archived in 1 hour; posting again keeps it open, `/unsolved` reopens it.',
      allowed_mentions: { parse: [] },
      nonce: messageNonce(`support:solved:${POST}:discord:interaction.command:${INTERACTION}`),
      enforce_nonce: true,
    });
    expect(await question()).toMatchObject({
      status: 'solved',
      solved_via: 'context_menu',
      solution_message_id: ANSWER,
      solution_author_id: HELPER,
      solved_by_id: ASKER,
    });
  });
});

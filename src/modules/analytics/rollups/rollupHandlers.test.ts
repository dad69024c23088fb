import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../../test/createTestEngine.js';
import { addDirectoryBot } from '../../../../test/directoryBot.js';
import { testDialect } from '../../../../test/testStore.js';
import { domainEvent, type DomainEvent } from '../../../core/DomainEvent.js';
import { analyticsDb, DAY_MS, dayOf } from '../AnalyticsTables.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T10:00:00Z');
const DAY = dayOf(T0);
const ADA = '100000000000000001';
const BOB = '100000000000000002';
const CY = '100000000000000003';
const BOT = '100000000000000009';
const GENERAL = '200000000000000001';
const HELP = '200000000000000002';
const FORUM_POST = '300000000000000100'; // a forum post: thread id == starter message id

describe(`analytics rollup handlers on the real engine (${testDialect})`, () => {
  let t: TestEngine | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function feed(events: DomainEvent[]): Promise<void> {
    if (t === undefined) throw new Error('no engine');
    for (const e of events) await t.engine.ingest(e);
    await t.settle();
  }

  function message(
    id: string,
    at: number,
    authorId: string,
    channelId: string,
    content: string,
    referencedMessageId: string | null = null,
    authorBot = false,
  ): DomainEvent {
    return domainEvent('message.created', {
      id: `test:message:${id}`,
      guildId: t?.guild.id ?? '',
      occurredAt: at,
      source: 'import',
      payload: {
        messageId: id,
        channelId,
        authorId,
        authorBot,
        content,
        mentionedUserIds: [],
        mentionedRoleIds: [],
        referencedMessageId,
        attachmentCount: 0,
      },
    });
  }

  it('counts human messages, replies, reactions, joins and leaves once per event, bots never', async () => {
    t = await createTestEngine({ moduleIds: ['analytics'] });
    const guildId = t.guild.id;
    await addDirectoryBot(t.store, guildId, BOT);
    const reaction = (id: string, at: number, userId: string): DomainEvent =>
      domainEvent('reaction.added', {
        id: `test:reaction:${id}`,
        guildId,
        occurredAt: at,
        source: 'import',
        payload: {
          messageId: '400000000000000001',
          channelId: GENERAL,
          userId,
          emoji: { name: '👍', id: null },
          messageAuthorId: ADA,
        },
      });
    const joined = (id: string, userId: string, bot: boolean): DomainEvent =>
      domainEvent('member.joined', {
        id: `test:join:${id}`,
        guildId,
        occurredAt: T0,
        source: 'import',
        payload: { userId, username: id, displayName: id, bot, joinedAt: T0, accountCreatedAt: 0, roles: [] },
      });
    const left = (id: string, userId: string): DomainEvent =>
      domainEvent('member.left', {
        id: `test:left:${id}`,
        guildId,
        occurredAt: T0 + DAY_MS,
        source: 'import',
        payload: { userId, username: id },
      });
    const events = [
      message('400000000000000001', T0, ADA, GENERAL, 'hello'),
      message('400000000000000002', T0 + HOUR, BOB, GENERAL, 'hi ada', '400000000000000001'),
      message('400000000000000003', T0 + 2 * HOUR, ADA, HELP, 'thanks'),
      message('400000000000000004', T0 + 3 * HOUR, BOT, GENERAL, 'beep', null, true),
      reaction('1', T0 + HOUR, CY),
      reaction('2', T0 + HOUR, BOT),
      joined('cy', CY, false),
      joined('bot2', '100000000000000010', true),
      left('bob', BOB),
      left('bot', BOT),
    ];
    await feed(events);
    await feed(events); // a redelivery (same ids) changes nothing
    const db = analyticsDb(t.store.db);
    const days = await db
      .selectFrom('analytics_days')
      .selectAll()
      .where('guild_id', '=', guildId)
      .orderBy('day')
      .execute();
    expect(days).toEqual([
      { guild_id: guildId, day: DAY, messages: 3, replies: 1, reactions: 1, joins: 1, leaves: 0 },
      { guild_id: guildId, day: DAY + 1, messages: 0, replies: 0, reactions: 0, joins: 0, leaves: 1 },
    ]);
    const members = await db
      .selectFrom('analytics_member_days')
      .select(['user_id', 'day', 'messages', 'replies', 'reactions'])
      .where('guild_id', '=', guildId)
      .orderBy('user_id')
      .execute();
    expect(members).toEqual([
      { user_id: ADA, day: DAY, messages: 2, replies: 0, reactions: 0 },
      { user_id: BOB, day: DAY, messages: 1, replies: 1, reactions: 0 },
      { user_id: CY, day: DAY, messages: 0, replies: 0, reactions: 1 },
    ]);
    const channels = await db
      .selectFrom('analytics_channel_days')
      .select(['channel_id', 'messages', 'replies', 'reactions'])
      .where('guild_id', '=', guildId)
      .orderBy('channel_id')
      .execute();
    expect(channels).toEqual([
      { channel_id: GENERAL, messages: 2, replies: 1, reactions: 1 },
      { channel_id: HELP, messages: 1, replies: 0, reactions: 0 },
    ]);
  });

  it('records topics (questions, forum posts, threads) and their first response by another human', async () => {
    t = await createTestEngine({ moduleIds: ['analytics'] });
    const guildId = t.guild.id;
    const thread = domainEvent('thread.created', {
      id: 'test:thread:1',
      guildId,
      occurredAt: T0 + 10 * HOUR,
      source: 'discord',
      payload: { threadId: '300000000000000200', parentId: GENERAL, ownerId: CY, name: 'ideas' },
    });
    await feed([
      // Q1: a question in #help; Ada's own follow-up does not answer it; Bob's reply does (2 h).
      message('500000000000000001', T0, ADA, HELP, 'How do I get the role?'),
      message('500000000000000002', T0 + HOUR, ADA, HELP, 'anyone?', '500000000000000001'),
      message('500000000000000003', T0 + 2 * HOUR, BOB, HELP, 'Use /verify', '500000000000000001'),
      message('500000000000000004', T0 + 3 * HOUR, CY, HELP, 'or ask a mod', '500000000000000001'),
      // A reply with a question mark is not a topic; a plain statement is not either.
      message('500000000000000005', T0 + 4 * HOUR, CY, HELP, 'really?', '500000000000000003'),
      message('500000000000000006', T0 + 4 * HOUR, BOB, GENERAL, 'good morning'),
      // A forum post (message id == its thread's id), answered in its thread 30 minutes later.
      message(FORUM_POST, T0 + 5 * HOUR, BOB, FORUM_POST, 'Show-and-tell: my bot'),
      message('500000000000000007', T0 + 5.5 * HOUR, ADA, FORUM_POST, 'nice'),
      // Q3: a question answered out of order (an import): the earliest response is kept.
      message('500000000000000008', T0 + 6 * HOUR, CY, GENERAL, 'Is the event today?'),
      message('500000000000000010', T0 + 9 * HOUR, BOB, GENERAL, 'no, tomorrow', '500000000000000008'),
      message('500000000000000009', T0 + 7 * HOUR, ADA, GENERAL, 'yes!', '500000000000000008'),
      // A bot answering Q4 does not count.
      message('500000000000000011', T0 + 8 * HOUR, ADA, HELP, 'Where are the rules?'),
      message('500000000000000012', T0 + 8.5 * HOUR, BOT, HELP, 'See #rules', '500000000000000011', true),
      // A live thread: its owner's topic, answered in the thread.
      thread,
      message('500000000000000013', T0 + 11 * HOUR, ADA, '300000000000000200', 'I like it'),
    ]);
    const topics = await analyticsDb(t.store.db)
      .selectFrom('analytics_topics')
      .select(['message_id', 'channel_id', 'author_id', 'posted_at', 'first_response_at', 'responder_id'])
      .where('guild_id', '=', guildId)
      .orderBy('posted_at')
      .execute();
    expect(topics).toEqual([
      {
        message_id: '500000000000000001',
        channel_id: HELP,
        author_id: ADA,
        posted_at: T0,
        first_response_at: T0 + 2 * HOUR,
        responder_id: BOB,
      },
      {
        message_id: FORUM_POST,
        channel_id: FORUM_POST,
        author_id: BOB,
        posted_at: T0 + 5 * HOUR,
        first_response_at: T0 + 5.5 * HOUR,
        responder_id: ADA,
      },
      {
        message_id: '500000000000000008',
        channel_id: GENERAL,
        author_id: CY,
        posted_at: T0 + 6 * HOUR,
        first_response_at: T0 + 7 * HOUR,
        responder_id: ADA,
      },
      {
        message_id: '500000000000000011',
        channel_id: HELP,
        author_id: ADA,
        posted_at: T0 + 8 * HOUR,
        first_response_at: null,
        responder_id: null,
      },
      {
        message_id: '300000000000000200',
        channel_id: GENERAL,
        author_id: CY,
        posted_at: T0 + 10 * HOUR,
        first_response_at: T0 + 11 * HOUR,
        responder_id: ADA,
      },
    ]);
  });

  it('counts a message posted in the sandbox', async () => {
    t = await createTestEngine({ moduleIds: ['analytics'] });
    const ada = await t.sandbox.addMember({ username: 'ada' });
    await t.sandbox.postMessage({ userId: ada.userId, channelId: t.channel('general').id, content: 'hello' });
    await t.settle();
    const rows = await analyticsDb(t.store.db)
      .selectFrom('analytics_days')
      .select(['day', 'messages', 'joins'])
      .where('guild_id', '=', t.guild.id)
      .execute();
    expect(rows).toEqual([{ day: dayOf(t.clock.now()), messages: 1, joins: 1 }]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../../test/createTestEngine.js';
import { testDialect } from '../../../../test/testStore.js';
import { domainEvent, type DomainEvent } from '../../../core/DomainEvent.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';
import { activeDayWindows } from './onRollupBatch.js';
import { addDirectoryBot } from '../../../../test/directoryBot.js';
import { seededRandom } from '../../../../test/seededRandom.js';
import { rebuildResponseCounts } from './responseCounts.js';
import { rebuildChannelBlocks } from './channelBlocks.js';

const T0 = Date.parse('2026-01-05T09:00:00Z');
const HUMANS = ['100000000000000001', '100000000000000002', '100000000000000003', '100000000000000004'];
const BOT = '100000000000000009';
const CHANNELS = ['200000000000000001', '200000000000000002'];

/**
 * A community's history over 80 days: messages (questions, replies, thread posts, a bot's),
 * reactions (by members and the bot), joins, leaves and threads, partly out of time order
 * (as files of an export come).
 */
function history(guildId: string, seed: number): DomainEvent[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const events: DomainEvent[] = [];
  const messages: { id: string; channelId: string }[] = [];
  const threads: string[] = [];
  for (let n = 0; n < 400; n += 1) {
    const at = T0 + Math.floor(rand() * 80 * DAY_MS);
    const id = String(500000000000000000n + BigInt(n));
    const roll = rand();
    if (roll < 0.55) {
      const inThread = threads.length > 0 && rand() < 0.25;
      const channelId = inThread ? pick(threads) : pick(CHANNELS);
      const replyTo = messages.length > 0 && rand() < 0.35 ? pick(messages).id : null;
      const authorBot = rand() < 0.05;
      const starter = !inThread && rand() < 0.08;
      const messageId = starter ? `3${id.slice(1)}` : id;
      if (starter) threads.push(messageId);
      messages.push({ id: messageId, channelId });
      events.push(
        domainEvent('message.created', {
          id: `test:message:${messageId}`,
          guildId,
          occurredAt: at,
          source: 'import',
          payload: {
            messageId,
            channelId: starter ? messageId : channelId,
            authorId: authorBot ? BOT : pick(HUMANS),
            authorBot,
            content: rand() < 0.4 ? 'how do I do this?' : 'thanks',
            mentionedUserIds: [],
            mentionedRoleIds: [],
            referencedMessageId: replyTo,
            attachmentCount: 0,
          },
        }),
      );
    } else if (roll < 0.8) {
      events.push(
        domainEvent('reaction.added', {
          id: `test:reaction:${id}`,
          guildId,
          occurredAt: at,
          source: 'import',
          payload: {
            messageId: messages.length > 0 ? pick(messages).id : id,
            channelId: pick(CHANNELS),
            userId: rand() < 0.1 ? BOT : pick(HUMANS),
            emoji: { name: '👍', id: null },
            messageAuthorId: pick(HUMANS),
          },
        }),
      );
    } else if (roll < 0.88) {
      const bot = rand() < 0.2;
      events.push(
        domainEvent('member.joined', {
          id: `test:join:${id}`,
          guildId,
          occurredAt: at,
          source: 'import',
          payload: {
            userId: bot ? BOT : pick(HUMANS),
            username: 'm',
            displayName: 'M',
            bot,
            joinedAt: at,
            accountCreatedAt: 0,
            roles: [],
          },
        }),
      );
    } else if (roll < 0.94) {
      events.push(
        domainEvent('member.left', {
          id: `test:left:${id}`,
          guildId,
          occurredAt: at,
          source: 'import',
          payload: { userId: rand() < 0.2 ? BOT : pick(HUMANS), username: 'm' },
        }),
      );
    } else {
      const threadId = `4${id.slice(1)}`;
      threads.push(threadId);
      events.push(
        domainEvent('thread.created', {
          id: `test:thread:${threadId}`,
          guildId,
          occurredAt: at,
          source: 'import',
          payload: { threadId, parentId: pick(CHANNELS), ownerId: rand() < 0.1 ? BOT : pick(HUMANS), name: 't' },
        }),
      );
    }
  }
  // Mostly in time order, with runs out of order (an export's files, one after another).
  events.sort((a, b) => a.occurredAt - b.occurredAt);
  for (let i = 0; i < events.length; i += 1) {
    if (rand() < 0.15) {
      const j = Math.floor(rand() * events.length);
      [events[i], events[j]] = [events[j] as DomainEvent, events[i] as DomainEvent];
    }
  }
  return events;
}

/** Every rollup row of the guild, ordered: what the two paths must agree on. */
async function rollups(t: TestEngine): Promise<unknown> {
  const db = analyticsDb(t.store.db);
  const g = t.guild.id;
  return {
    days: await db.selectFrom('analytics_days').selectAll().where('guild_id', '=', g).orderBy('day').execute(),
    memberDays: await db
      .selectFrom('analytics_member_days')
      .selectAll()
      .where('guild_id', '=', g)
      .orderBy('day')
      .orderBy('user_id')
      .execute(),
    channelDays: await db
      .selectFrom('analytics_channel_days')
      .selectAll()
      .where('guild_id', '=', g)
      .orderBy('day')
      .orderBy('channel_id')
      .execute(),
    activeDays: await db
      .selectFrom('analytics_active_days')
      .selectAll()
      .where('guild_id', '=', g)
      .orderBy('day')
      .execute(),
    topics: await db
      .selectFrom('analytics_topics')
      .selectAll()
      .where('guild_id', '=', g)
      .orderBy('message_id')
      .execute(),
    memberStarts: await db
      .selectFrom('analytics_member_starts')
      .selectAll()
      .where('guild_id', '=', g)
      .orderBy('user_id')
      .orderBy('basis')
      .execute(),
    memberActivity: await db
      .selectFrom('analytics_member_activity')
      .selectAll()
      .where('guild_id', '=', g)
      .orderBy('user_id')
      .execute(),
    channelBlocks: await channelBlocks(t),
    responseCounts: await responseCounts(t),
  };
}

/** The kept topic counts by response-time bucket, the guild's by day and each channel's by block of days (rows counted down to 0 left out). */
async function responseCounts(t: TestEngine): Promise<unknown> {
  const db = analyticsDb(t.store.db);
  return {
    days: await db
      .selectFrom('analytics_response_days')
      .selectAll()
      .where('guild_id', '=', t.guild.id)
      .where('topics', '<>', 0)
      .orderBy('day')
      .orderBy('bucket')
      .execute(),
    blocks: await db
      .selectFrom('analytics_channel_response_blocks')
      .selectAll()
      .where('guild_id', '=', t.guild.id)
      .where('topics', '<>', 0)
      .orderBy('level')
      .orderBy('block')
      .orderBy('channel_id')
      .orderBy('bucket')
      .execute(),
  };
}

/** The channels' kept blocks of 8 and 64 days. */
async function channelBlocks(t: TestEngine): Promise<unknown[]> {
  return analyticsDb(t.store.db)
    .selectFrom('analytics_channel_blocks')
    .selectAll()
    .where('guild_id', '=', t.guild.id)
    .orderBy('level')
    .orderBy('block')
    .orderBy('channel_id')
    .execute();
}

/**
 * Checks that the kept counts by response time are those of the topics (a rebuild from them,
 * in SQL) and leaves the rebuilt ones.
 */
async function expectResponseCountsOfTopics(t: TestEngine): Promise<void> {
  const kept = await responseCounts(t);
  await rebuildResponseCounts(t.store.db, t.guild.id);
  expect(kept).toEqual(await responseCounts(t));
}

describe(`analytics onBatch leaves what the per-event handlers leave (${testDialect})`, () => {
  const engines: TestEngine[] = [];
  afterEach(async () => {
    for (const t of engines.splice(0)) await t.close();
  });

  it.each([1, 2, 3])(
    'history %i: one event at a time through `on`, and batches of varied sizes through `onBatch`',
    async (seed) => {
      const oneByOne = await createTestEngine({ moduleIds: ['analytics'] });
      engines.push(oneByOne);
      const batched = await createTestEngine({ moduleIds: ['analytics'] });
      engines.push(batched);
      await addDirectoryBot(oneByOne.store, oneByOne.guild.id, BOT);
      await addDirectoryBot(batched.store, batched.guild.id, BOT);
      const events = history(oneByOne.guild.id, seed);
      expect(batched.guild.id).toBe(oneByOne.guild.id);

      for (const event of events) await oneByOne.engine.ingest(event);
      await oneByOne.settle();
      // Batches of 1 to 120 events, so topics and their responses, and a member's new days,
      // fall both within one batch and across batches.
      const rand = seededRandom(seed * 31);
      for (let i = 0; i < events.length;) {
        const size = 1 + Math.floor(rand() * 120);
        const result = await batched.engine.replay(events.slice(i, i + size), { modules: ['analytics'] });
        expect(result.failures).toBe(0);
        i += size;
      }

      const expected = await rollups(oneByOne);
      expect(await rollups(batched)).toEqual(expected);
      // The history really exercises every part.
      const e = expected as Record<string, unknown[]>;
      for (const part of ['days', 'memberDays', 'channelDays', 'activeDays', 'topics'])
        expect(e[part]?.length).toBeGreaterThan(5);
      const answered = (e.topics as { first_response_at: number | null }[]).filter((t) => t.first_response_at !== null);
      expect(answered.length).toBeGreaterThan(3);
      const counts = e.responseCounts as unknown as { days: unknown[]; blocks: unknown[] };
      expect(counts.days.length).toBeGreaterThan(5);
      expect(counts.blocks.length).toBeGreaterThan(counts.days.length);

      // The counts by response time follow the topics on both paths (first responses
      // arriving out of order move a topic between buckets), and a member's erase takes the
      // topics they started out of them.
      await expectResponseCountsOfTopics(oneByOne);
      await expectResponseCountsOfTopics(batched);
      // The channels' blocks are the sums of their days.
      expect((e.channelBlocks as unknown[]).length).toBeGreaterThan(5);
      await rebuildChannelBlocks(oneByOne.store.db, oneByOne.guild.id);
      expect(await channelBlocks(oneByOne)).toEqual(e.channelBlocks);
      const erased = HUMANS[0] ?? '';
      const started = (e.topics as { author_id: string }[]).filter((t) => t.author_id === erased).length;
      expect(started).toBeGreaterThan(0);
      await oneByOne.engine.memberData.eraseMember(oneByOne.guild.id, erased, 'cli:test', {
        keepModerationRecords: false,
      });
      await expectResponseCountsOfTopics(oneByOne);
    },
  );
});

describe('activeDayWindows', () => {
  it('reads 30 days either side of each member day, merged where they meet, never the whole history', () => {
    const day = (userId: string, d: number) => ({ userId, day: d, counts: { messages: 1, replies: 0, reactions: 0 } });
    expect(activeDayWindows([day('a', 100), day('a', 150), day('b', 100), day('a', 400), day('a', 160)])).toEqual([
      { userId: 'a', from: 70, to: 190 },
      { userId: 'a', from: 370, to: 430 },
      { userId: 'b', from: 70, to: 130 },
    ]);
  });
});

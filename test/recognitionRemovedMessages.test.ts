import { afterEach, describe, expect, it } from 'vitest';
import { domainEvent } from '../src/core/DomainEvent.js';
import { effectiveRules } from '../src/modules/recognition/config/effectiveRules.js';
import { RecognitionConfig } from '../src/modules/recognition/RecognitionConfig.js';
import { recognitionReplay } from '../src/modules/recognition/recognitionHandlers.js';
import { recognitionReadModel } from '../src/modules/recognition/recognitionReadModel.js';
import { DERIVED_TABLES, recognitionDb, type RecognitionDb } from '../src/modules/recognition/RecognitionTables.js';
import { recomputeRecognition } from '../src/modules/recognition/backfill/recomputeRecognition.js';
import { openRecognitionCommunity, recognitionConfig, type RecognitionCommunity } from './recognitionCommunity.js';
import { testDialect } from './testStore.js';

/**
 * Issue #11, point 1: removed messages earn nothing. Automod and moderation run for real on
 * the sandbox (their default rules), next to recognition.
 */
const DAY = 86_400_000;
const MODULES = ['onboarding', 'automod', 'moderation', 'recognition'];
const SECTION = { announceChannel: 'showcase' };
const PHISHING = 'free nitro for 3 months: https://discordc.gift/claim';
const CAPS = 'THIS SERVER IS THE BEST SERVER EVER AND EVERYONE MUST JOIN MY OTHER ONE NOW';

async function openCommunity(section: Record<string, unknown> = SECTION): Promise<RecognitionCommunity> {
  const c = await openRecognitionCommunity(recognitionConfig(section), { moduleIds: MODULES });
  await c.start();
  return c;
}

async function userId(c: RecognitionCommunity, username: string): Promise<string> {
  const member = (await c.sandbox.listMembers()).find((m) => m.username === username);
  if (member === undefined) throw new Error(`no seeded member ${username}`);
  return member.userId;
}

async function post(c: RecognitionCommunity, authorId: string, content: string, channel = 'general') {
  const message = await c.sandbox.postMessage({ userId: authorId, channelId: c.channel(channel).id, content });
  await c.settle();
  return message;
}

/** A member's ledger: reason and points, oldest first. */
async function ledger(c: RecognitionCommunity, memberId: string): Promise<[string, number][]> {
  const rows = await recognitionDb(c.store.db)
    .selectFrom('recognition_awards')
    .select(['reason', 'points'])
    .where('user_id', '=', memberId)
    .orderBy('id')
    .execute();
  return rows.map((r) => [r.reason, r.points]);
}

async function unlocks(c: RecognitionCommunity, memberId: string): Promise<string[]> {
  const rows = await recognitionDb(c.store.db)
    .selectFrom('recognition_unlocks')
    .select(['type', 'unlock_id'])
    .where('user_id', '=', memberId)
    .execute();
  return rows.map((r) => `${r.type}:${r.unlock_id}`).sort();
}

/** Every derived row of the guild, in a stable order, without serial ids. */
async function snapshot(db: RecognitionDb, guildId: string): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of DERIVED_TABLES) {
    const rows = (await db.selectFrom(table).selectAll().where('guild_id', '=', guildId).execute()) as Record<
      string,
      unknown
    >[];
    tables[table] = rows
      .map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id')))
      .map((row) => JSON.stringify(row, Object.keys(row).sort()))
      .sort();
  }
  return tables;
}

/** Recomputes the guild from the event log and expects exactly the live derived state. */
async function expectRecomputeEqualsLive(c: RecognitionCommunity, section: Record<string, unknown>): Promise<void> {
  const db = recognitionDb(c.store.db);
  const live = await snapshot(db, c.guild.id);
  const config = RecognitionConfig.parse(section);
  await recomputeRecognition(db, {
    guildId: c.guild.id,
    config,
    rules: effectiveRules(config),
    excludedChannelIds: new Set(),
    replay: recognitionReplay,
  });
  expect(await snapshot(db, c.guild.id)).toEqual(live);
}

async function eventsOf(c: RecognitionCommunity, type: string): Promise<unknown[]> {
  const rows = await c.store.db
    .selectFrom('event_log')
    .select('payload')
    .where('type', '=', type)
    .orderBy('seq')
    .execute();
  return rows.map((r) => JSON.parse(r.payload) as unknown);
}

describe(`removed messages earn nothing (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('a phishing message earns no point, and its banned author leaves every leaderboard until the ban ends', async () => {
    c = await openCommunity();
    const [kenji, sam] = [await userId(c, 'kenji'), await userId(c, 'sam')];
    await post(c, sam, 'Good morning, working on the docs today');
    await post(c, kenji, 'Hello everyone, glad to be here');
    c.clock.advance(2 * 60_000); // past the message cooldown: the phishing message would earn a point
    await post(c, kenji, PHISHING);
    expect((await c.sandbox.listBans()).map((b) => b.userId)).toEqual([kenji]);

    expect(await c.points(kenji)).toBe(1);
    expect(await ledger(c, kenji)).toEqual([
      ['message', 1],
      ['message', 1],
      ['message_reversed', -1],
    ]);
    expect(await eventsOf(c, 'recognition.message_reversed')).toEqual([
      expect.objectContaining({ cause: 'automod', points: 1 }),
    ]);

    // Banned: on no leaderboard (read model, period boards, /leaderboard, /rank).
    const board = recognitionReadModel(c.store.db);
    const week = board.periodAt('week', c.clock.now()).key;
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId)).toEqual([sam]);
    expect((await board.periodLeaderboard(c.guild.id, week, 'points', 10)).map((s) => s.userId)).toEqual([sam]);
    expect(await board.periodRank(c.guild.id, week, 'points', kenji)).toBeNull();
    const { embeds } = await c.command(sam, 'leaderboard', { period: 'week' });
    expect(JSON.stringify(embeds)).not.toContain(kenji);
    expect((await c.command(sam, 'rank')).content).toContain('rank #1 of 1');

    await expectRecomputeEqualsLive(c, SECTION);

    // The 7-day ban ends: back on the leaderboards with what they earned legitimately.
    await c.advance(7 * DAY + 60_000);
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => [s.userId, s.points])).toEqual(
      expect.arrayContaining([
        [kenji, 1],
        [sam, 1],
      ]),
    );
    await expectRecomputeEqualsLive(c, SECTION);
  });

  it('a caps-flood first message earns no point, and its First Steps is taken back before it is announced', async () => {
    c = await openCommunity();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.settle();
    const caps = await post(c, ada, CAPS);
    expect(await c.sandbox.listMessages(c.channel('general').id, { limit: 10 })).not.toContainEqual(
      expect.objectContaining({ id: caps.id }),
    );
    expect(await c.points(ada)).toBe(0);
    expect(await unlocks(c, ada)).toEqual(['badge:newcomer']);
    expect(await eventsOf(c, 'recognition.unlock_revoked')).toEqual([
      { userId: ada, type: 'achievement', unlockId: 'first_steps', name: 'First Steps' },
    ]);
    await c.advance(60_000);
    expect(await c.botMessages('showcase')).toEqual([]);

    // Discord also reports the deletion automod made: taken back once, not twice.
    await c.ingest(
      domainEvent('message.deleted', {
        id: `sandbox:message.deleted:${caps.id}`,
        guildId: c.guild.id,
        occurredAt: c.clock.now(),
        source: 'sandbox',
        payload: { messageId: caps.id, channelId: c.channel('general').id },
      }),
    );
    expect(await ledger(c, ada)).toEqual([
      ['message', 1],
      ['message_reversed', -1],
    ]);
    expect(await eventsOf(c, 'recognition.message_reversed')).toHaveLength(1);

    // A real first message earns First Steps again, announced once after the delay.
    await post(c, ada, 'Sorry about that, hello everyone');
    expect(await c.points(ada)).toBe(1);
    expect(await unlocks(c, ada)).toEqual(['achievement:first_steps', 'badge:newcomer']);
    expect(await c.botMessages('showcase')).toEqual([]);
    await c.advance(30_000);
    expect((await c.botMessages('showcase')).map((m) => m.content)).toEqual([
      `🏆 <@${ada}> unlocked **First Steps**: Posted your first message.`,
    ]);
    await expectRecomputeEqualsLive(c, SECTION);
  });

  it('a message edited into a phishing link is taken back like a new one', async () => {
    c = await openCommunity();
    const sam = await userId(c, 'sam');
    const message = await post(c, sam, 'check out my project page');
    expect(await c.points(sam)).toBe(1);
    await c.sandbox.editMessage({
      channelId: c.channel('general').id,
      messageId: message.id,
      content: 'check https://discordc.gift/x',
    });
    await c.settle();
    expect(await c.points(sam)).toBe(0);
    await expectRecomputeEqualsLive(c, SECTION);
  });
});

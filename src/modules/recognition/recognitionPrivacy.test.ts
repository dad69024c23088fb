import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../test/recognitionCommunity.js';
import { testDialect } from '../../../test/testStore.js';
import { domainEvent } from '../../core/DomainEvent.js';
import { recognitionReadModel } from './recognitionReadModel.js';

const DAY = 86_400_000;
const NAME = 'adalovelace';

const config = recognitionConfig({
  levels: [{ name: 'Member', role: 'Member', conditions: { messages: 1 } }],
  ambassadors: { tiers: [{ id: 'helper', name: 'Helper' }] },
});

/** Every row of every recognition table, as JSON text, by table. */
async function allRows(c: RecognitionCommunity): Promise<Record<string, string[]>> {
  const tables = (await c.store.db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => name.startsWith('recognition_'))
    .sort();
  expect(tables).toHaveLength(16);
  const rows: Record<string, string[]> = {};
  for (const table of tables) {
    const found = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(c.store.db);
    rows[table] = found.rows.map((row) => JSON.stringify(row));
  }
  return rows;
}

/** A month of a member's life touching every recognition table, as member and as the other party. */
async function history(c: RecognitionCommunity): Promise<{ ada: string; sam: string; bob: string }> {
  await c.start();
  const members = await c.sandbox.listMembers();
  const id = (name: string) => members.find((m) => m.username === name)?.userId ?? '';
  const [sam, noor] = [id('sam'), id('noor')];
  const general = c.channel('general').id;
  const samsInvite = await c.sandbox.createInvite({ userId: sam, channelId: general });
  await c.settle();
  const ada = (await c.sandbox.addMember({ username: NAME, inviteCode: samsInvite.code })).userId;
  await c.settle();
  const adasInvite = await c.sandbox.createInvite({ userId: ada, channelId: general });
  await c.settle();
  const bob = (await c.sandbox.addMember({ username: 'bob', inviteCode: adasInvite.code })).userId;
  await c.settle();
  const answer = await c.sandbox.postMessage({ userId: bob, channelId: general, content: 'Use WSL.' });
  await c.sandbox.postMessage({ userId: ada, channelId: general, content: 'Hello, I am new here' });
  const typo = await c.sandbox.postMessage({ userId: ada, channelId: general, content: 'Helo' });
  await c.sandbox.deleteMessage({ userId: ada, channelId: general, messageId: typo.id });
  await c.sandbox.react({ userId: ada, channelId: general, messageId: answer.id, emoji: '🙏' });
  await c.sandbox.postMessage({ userId: bob, channelId: general, content: `thanks <@${ada}>` });
  await c.settle();
  await c.contribute(ada, 'tutorial');
  await c.command(sam, 'ambassador', { action: 'nominate', member: ada, tier: 'helper', note: 'kind' });
  await c.command(noor, 'ambassador', { action: 'approve', member: ada });
  await c.command(ada, 'ambassador', { action: 'nominate', member: bob, tier: 'helper', note: 'ada vouches' });
  await c.command(sam, 'ambassador', {
    action: 'nominate',
    member: sam,
    tier: 'helper',
    note: `taught by ${NAME.toUpperCase()}`,
  });
  await c.advance(8 * DAY); // bob's referral by ada is confirmed: ada reaches Recruiter
  return { ada, sam, bob };
}

describe(`recognition member export and erase (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('exports every row about the member, as the member and as the other party', async () => {
    c = await openRecognitionCommunity(config);
    const { ada, sam, bob } = await history(c);
    const exported = await c.engine.memberData.exportMember(c.guild.id, ada);
    const mine = exported.recognition ?? {};
    expect(Object.keys(mine).sort()).toEqual([
      'recognition_ambassadors',
      'recognition_awards',
      'recognition_counted_messages',
      'recognition_counters',
      'recognition_invites',
      'recognition_join_sources',
      'recognition_levels',
      'recognition_members',
      'recognition_message_sources',
      'recognition_referrals',
      'recognition_removed_messages',
      'recognition_thanks',
      'recognition_totals',
      'recognition_unlocks',
    ]);
    expect(mine.recognition_referrals).toEqual([
      expect.objectContaining({ referee_id: ada, referrer_id: sam, status: 'confirmed' }),
      expect.objectContaining({ referee_id: bob, referrer_id: ada, status: 'confirmed' }),
    ]);
    expect(mine.recognition_thanks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from_user_id: ada, to_user_id: bob }),
        expect.objectContaining({ from_user_id: bob, to_user_id: ada }),
      ]),
    );
    expect(mine.recognition_ambassadors).toEqual([
      expect.objectContaining({ user_id: ada, nominated_by: sam, status: 'trial', note: 'kind' }),
      expect.objectContaining({ user_id: bob, nominated_by: ada, note: 'ada vouches' }),
    ]);
    expect(mine.recognition_unlocks).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'referral_tier', unlock_id: '1' })]),
    );
    // Nothing about anyone else: sam's own rows are not in ada's export.
    expect(JSON.stringify(mine.recognition_members)).not.toContain(sam);
  });

  it('erases the member from every recognition table and every leaderboard; the others keep their points', async () => {
    c = await openRecognitionCommunity(config);
    const { ada, sam, bob } = await history(c);
    const points = { sam: await c.points(sam), bob: await c.points(bob) };
    const board = recognitionReadModel(c.store.db);
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId)).toContain(ada);
    // Banned: off the leaderboards (and in recognition_banned).
    await c.ingest(
      domainEvent('moderation.case_opened', {
        id: 'moderation:moderation.case_opened:case:1',
        guildId: c.guild.id,
        occurredAt: c.clock.now(),
        source: 'moderation',
        payload: {
          caseId: 1,
          userId: ada,
          action: 'ban',
          reason: 'test',
          ruleId: null,
          actorId: sam,
          expiresAt: null,
          strike: false,
        },
      }),
    );
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId)).not.toContain(ada);
    const before = await allRows(c);
    const mentions = (rows: Record<string, string[]>) =>
      Object.entries(rows).flatMap(([table, list]) =>
        list.filter((row) => row.includes(ada) || row.toLowerCase().includes(NAME)).map((row) => `${table}: ${row}`),
      );
    // The history really put the member in every table but the posts.
    const tablesWithAda = Object.entries(before)
      .filter(([, list]) => list.some((row) => row.includes(ada)))
      .map(([table]) => table);
    expect(tablesWithAda.sort()).toEqual([
      'recognition_ambassadors',
      'recognition_awards',
      'recognition_banned',
      'recognition_counted_messages',
      'recognition_counters',
      'recognition_invites',
      'recognition_join_sources',
      'recognition_levels',
      'recognition_members',
      'recognition_message_sources',
      'recognition_referrals',
      'recognition_removed_messages',
      'recognition_thanks',
      'recognition_totals',
      'recognition_unlocks',
    ]);

    const report = await c.engine.memberData.eraseMember(c.guild.id, ada, 'cli:test', {
      keepModerationRecords: false,
    });
    expect(report.changed.recognition).toBeGreaterThan(10);

    expect(mentions(await allRows(c))).toEqual([]);
    expect({ sam: await c.points(sam), bob: await c.points(bob) }).toEqual(points);
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId)).not.toContain(ada);
    const week = board.periodAt('week', c.clock.now()).key;
    for (const period of ['all', week]) {
      const standings = await board.periodLeaderboard(c.guild.id, period, 'points', 100);
      expect(standings.map((s) => s.userId)).not.toContain(ada);
    }
    expect((await c.command(sam, 'leaderboard', { period: 'all' })).embeds).not.toContainEqual(
      expect.objectContaining({ description: expect.stringContaining(ada) as unknown }),
    );
    expect((await c.engine.memberData.exportMember(c.guild.id, ada)).recognition).toBeUndefined();
    // Erasing again changes nothing.
    const again = await c.engine.memberData.eraseMember(c.guild.id, ada, 'cli:test', {
      keepModerationRecords: false,
    });
    expect(again.changed.recognition).toBe(0);
  });
});

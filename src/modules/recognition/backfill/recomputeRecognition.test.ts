import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../../test/recognitionCommunity.js';
import { openTestStore, testDialect, type TestStore } from '../../../../test/testStore.js';
import { domainEvent } from '../../../core/DomainEvent.js';
import { effectiveRules } from '../config/effectiveRules.js';
import { RecognitionConfig } from '../RecognitionConfig.js';
import { recognitionReplay } from '../recognitionHandlers.js';
import { recognitionMigrations } from '../recognitionMigrations.js';
import { DERIVED_TABLES, recognitionDb, type RecognitionDb } from '../RecognitionTables.js';
import { recomputeRecognition } from './recomputeRecognition.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

const section = {
  announceChannel: 'showcase',
  achievements: [
    { id: 'first_steps', name: 'First Steps', conditions: { messages: 1 }, points: 10 },
    { id: 'helpful_hand', name: 'Helpful Hand', conditions: { thanks_received: 1 }, points: 25 },
    { id: 'quiz_master', name: 'Quiz Master', score: { kind: 'quiz_completed', min: 80 }, points: 15 },
    { id: 'chatty', name: 'Chatty', conditions: { messages: 5, points: 40 }, match: 'any' },
  ],
  levels: [
    { name: 'Member', role: 'Member', conditions: { messages: 2 } },
    { name: 'Regular', role: 'Moderator', conditions: { points: 200 } },
  ],
  referrals: { tiers: [{ referrals: 1, name: 'Recruiter', points: 30 }] },
  ambassadors: { tiers: [{ id: 'community_helper', name: 'Community Helper', conditions: { helpful_answer: 1 } }] },
};
const config = recognitionConfig(section);

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
      .sort()
      .map((json) => JSON.parse(json) as unknown);
  }
  return tables;
}

/** A month of community life through every path that changes points. */
async function liveHistory(c: RecognitionCommunity): Promise<{ noor: string }> {
  const members = await c.sandbox.listMembers();
  const id = (name: string) => members.find((m) => m.username === name)?.userId ?? '';
  const [noor, sam, lena] = [id('noor'), id('sam'), id('lena')];
  const general = c.channel('general').id;
  const showcase = c.channel('showcase').id;
  const post = async (userId: string, content: string, channelId = general, replyTo: string | null = null) => {
    const message = await c.sandbox.postMessage({ userId, channelId, content, replyTo });
    await c.settle();
    return message;
  };

  const invite = await c.sandbox.createInvite({ userId: sam, channelId: general });
  const ada = (await c.sandbox.addMember({ username: 'ada', inviteCode: invite.code })).userId;
  const bob = (await c.sandbox.addMember({ username: 'bob' })).userId;
  await c.settle();
  const question = await post(ada, 'How do I build on Windows?');
  c.clock.advance(20_000);
  const answer = await post(sam, 'Use WSL, then npm ci.', general, question.id);
  await post(ada, 'thank you!', general, answer.id);
  await post(ada, 'thanks again', general, answer.id); // same pair, same channel, same hour
  await c.sandbox.react({ userId: bob, channelId: general, messageId: answer.id, emoji: '🙏' });
  const thanks = await post(bob, `thx <@${sam}> and <@${ada}>`, showcase);
  const updates = [];
  for (let i = 0; i < 6; i += 1) {
    c.clock.advance(40 * MINUTE * (i % 2) + 30_000);
    updates.push(await post(lena, `update ${i} on my visualiser`, showcase));
  }
  // Removed messages: lena deletes one of hers; automod deletes bob's thanks (taking back
  // sam's and ada's helpful answers, and ada's Helpful Hand) and flags another message of
  // his, taken back when he is banned for it.
  const deleted = updates[2];
  if (deleted !== undefined)
    await c.sandbox.deleteMessage({ userId: lena, channelId: showcase, messageId: deleted.id });
  c.clock.advance(2 * MINUTE);
  const promo = await post(bob, 'follow my stream for free followers', general);
  const automod = (id: string, deletedMessageIds: string[], evidence: { id: string; content: string }[]) =>
    c.ingest(
      domainEvent('automod.rule_triggered', {
        id: `automod:automod.rule_triggered:${id}`,
        guildId: c.guild.id,
        occurredAt: c.clock.now(),
        source: 'automod',
        payload: {
          ruleId: 'spam',
          ruleName: 'Spam',
          category: 'spam',
          severity: 'moderate',
          reason: 'spam',
          matchedRules: [{ ruleId: 'spam', ruleName: 'Spam', reason: 'spam' }],
          userIds: [bob],
          channelId: general,
          evidence: evidence.map((e) => ({
            messageId: e.id,
            channelId: general,
            authorId: bob,
            content: e.content,
            postedAt: c.clock.now(),
          })),
          deletedMessageIds,
          actions: [{ kind: 'strike' }],
          sourceEventId: `sandbox:message.created:${id}`,
        },
      }),
    );
  await automod(thanks.id, [thanks.id], [{ id: thanks.id, content: thanks.content }]);
  await automod(promo.id, [], [{ id: promo.id, content: promo.content }]);
  await c.ingest(
    domainEvent('moderation.case_opened', {
      id: 'moderation:moderation.case_opened:case:1',
      guildId: c.guild.id,
      occurredAt: c.clock.now(),
      source: 'moderation',
      payload: {
        caseId: 1,
        userId: bob,
        action: 'ban',
        reason: 'spam',
        ruleId: null,
        actorId: noor,
        expiresAt: null,
        strike: false,
      },
    }),
  );
  await c.contribute(sam, 'tutorial', { quality: 5 });
  await c.contribute(ada, 'quiz_completed', { score: 85 });
  await c.contribute(lena, 'event_hosted');
  await c.contribute(lena, 'bug_reported', { id: 'dup' });
  await c.contribute(lena, 'bug_reported', { id: 'dup' });
  await c.command(bob, 'ambassador', { action: 'nominate', member: sam, tier: 'community_helper' });
  await c.command(noor, 'ambassador', { action: 'approve', member: sam });

  const carl = (await c.sandbox.addMember({ username: 'carl', inviteCode: invite.code })).userId;
  await c.advance(3 * DAY);
  await c.sandbox.removeMember(carl); // within 7 days: sam's second referral is reversed
  await c.settle();
  await c.advance(5 * DAY); // ada's referral is confirmed: Recruiter tier
  await post(ada, 'a week in, loving it');
  await c.advance(25 * DAY); // into April: new week, month
  await c.command(noor, 'ambassador', { action: 'confirm', member: sam });
  await c.contribute(bob, 'code_contribution', { quality: 4.8 });
  await post(bob, 'merged!');
  await c.advance(40 * DAY); // into season 2
  await c.sandbox.addMember({ userId: carl, inviteCode: invite.code }); // a returning referee counts once
  await c.contribute(ada, 'helpful_answer');
  await post(carl, 'back again');
  await c.settle();
  return { noor };
}

describe(`recompute from the event log (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  let fresh: TestStore | undefined;
  afterEach(async () => {
    await c?.close();
    await fresh?.destroy();
    c = undefined;
    fresh = undefined;
  });

  it('gives exactly the totals of live processing, in place and into a fresh database', async () => {
    c = await openRecognitionCommunity(config);
    await c.start();
    const { noor } = await liveHistory(c);
    const db = recognitionDb(c.store.db);
    const live = await snapshot(db, c.guild.id);
    // The history really exercised every table.
    for (const table of DERIVED_TABLES) expect(live[table]?.length, table).toBeGreaterThan(0);
    expect(live.recognition_referrals).toEqual([
      expect.objectContaining({ status: 'confirmed' }),
      expect.objectContaining({ status: 'reversed' }),
    ]);

    // In place, through the staff command, after damaging the derived state.
    await db.updateTable('recognition_members').set({ points: 9999 }).execute();
    await db.deleteFrom('recognition_totals').where('period', '=', 'all').execute();
    const reply = await c.command(noor, 'recompute-points');
    expect(reply.content).toBe('Recomputing points, badges and leaderboards from the event log.');
    await c.settle();
    expect(await snapshot(db, c.guild.id)).toEqual(live);

    // Into a fresh database holding only a copy of the event log.
    fresh = await openTestStore([{ owner: 'recognition', migrations: recognitionMigrations }]);
    const log = await c.store.db.selectFrom('event_log').selectAll().orderBy('seq').execute();
    for (let i = 0; i < log.length; i += 200) {
      await fresh.db
        .insertInto('event_log')
        .values(
          log.slice(i, i + 200).map((row) => ({
            id: row.id,
            guild_id: row.guild_id,
            type: row.type,
            source: row.source,
            occurred_at: row.occurred_at,
            recorded_at: row.recorded_at,
            payload: row.payload,
            handled_at: row.handled_at,
          })),
        )
        .execute();
    }
    const parsed = RecognitionConfig.parse(section);
    const report = await recomputeRecognition(recognitionDb(fresh.db), {
      guildId: c.guild.id,
      config: parsed,
      rules: effectiveRules(parsed),
      excludedChannelIds: new Set(),
      replay: recognitionReplay,
    });
    expect(report.events).toBeGreaterThan(30);
    expect(await snapshot(recognitionDb(fresh.db), c.guild.id)).toEqual(live);
  });

  it('recomputes once at start a database upgraded from before leaderboard totals existed', async () => {
    c = await openRecognitionCommunity(config);
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.contribute(ada, 'tutorial');
    const db = recognitionDb(c.store.db);
    const before = await snapshot(db, c.guild.id);
    await db.deleteFrom('recognition_totals').execute();
    await c.start();
    await c.start();
    expect(await snapshot(db, c.guild.id)).toEqual(before);
    const requests = await c.store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', '=', 'recognition.recompute_requested')
      .execute();
    expect(requests).toHaveLength(1);
  });

  it('applies history imported after newer live messages in time order, as if recorded in time order', async () => {
    fresh = await openTestStore([{ owner: 'recognition', migrations: recognitionMigrations }]);
    const db = recognitionDb(fresh.db);
    const guildId = '100000000000000001';
    const ada = '400000000000000001';
    const T0 = Date.UTC(2024, 1, 1, 9);
    const message = (id: string, at: number, source: string) =>
      domainEvent('message.created', {
        id: `discord:message.created:${id}`,
        guildId,
        occurredAt: at,
        source,
        payload: {
          messageId: id,
          channelId: '200000000000000001',
          authorId: ada,
          authorBot: false,
          content: `hello ${id}`,
          mentionedUserIds: [],
          mentionedRoleIds: [],
          referencedMessageId: null,
          attachmentCount: 0,
        },
      });
    // Seen live this year; her history (a year earlier, 30 s apart) imported afterwards.
    const live = [message('1300000000000000001', T0 + 365 * DAY, 'discord')];
    const history = [
      message('1200000000000000001', T0, 'import'),
      message('1200000000000000002', T0 + 30_000, 'import'),
    ];
    const parsed = RecognitionConfig.parse(section);
    const recompute = async (events: readonly ReturnType<typeof message>[]) => {
      await db.deleteFrom('event_log').execute();
      for (const event of events) {
        await db
          .insertInto('event_log')
          .values({
            id: event.id,
            guild_id: event.guildId,
            type: event.type,
            source: event.source,
            occurred_at: event.occurredAt,
            recorded_at: T0 + 366 * DAY,
            payload: JSON.stringify(event.payload),
            handled_at: T0 + 366 * DAY,
          })
          .execute();
      }
      await recomputeRecognition(db, {
        guildId,
        config: parsed,
        rules: effectiveRules(parsed),
        excludedChannelIds: new Set(),
        replay: recognitionReplay,
      });
      return snapshot(db, guildId);
    };

    const recordedLate = await recompute([...live, ...history]);
    expect(recordedLate).toEqual(await recompute([...history, ...live]));
    // In time order: the first message earns its point and First Steps, the second is within
    // the cooldown, the live one earns again (log order would have put the cooldown on the
    // live message's time and the badge on it).
    expect(recordedLate.recognition_members).toEqual([
      expect.objectContaining({ user_id: ada, messages: 3, points: 12, last_message_award_at: T0 + 365 * DAY }),
    ]);
    expect(recordedLate.recognition_unlocks).toContainEqual(
      expect.objectContaining({ unlock_id: 'first_steps', unlocked_at: T0, source_event_id: history[0]?.id }),
    );
  });

  it('only staff can ask for a recompute', async () => {
    c = await openRecognitionCommunity(config);
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    expect((await c.command(ada, 'recompute-points')).content).toBe('Only staff can recompute points.');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';
import { domainEvent, type EventPayloads } from '../../../core/DomainEvent.js';
import { periodAt } from '../leaderboards/periods.js';
import { RecognitionConfig } from '../RecognitionConfig.js';
import { recognitionReadModel } from '../recognitionReadModel.js';
import { recognitionDb } from '../RecognitionTables.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

describe(`taking back what removed messages earned (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function member(community: RecognitionCommunity, username: string): Promise<string> {
    const found = (await community.sandbox.listMembers()).find((m) => m.username === username);
    return found?.userId ?? (await community.sandbox.addMember({ username })).userId;
  }

  async function post(community: RecognitionCommunity, userId: string, content: string, replyTo: string | null = null) {
    const channelId = community.channel('general').id;
    const message = await community.sandbox.postMessage({ userId, channelId, content, replyTo });
    await community.settle();
    return message;
  }

  async function remove(community: RecognitionCommunity, userId: string, messageId: string): Promise<void> {
    await community.sandbox.deleteMessage({ userId, channelId: community.channel('general').id, messageId });
    await community.settle();
  }

  async function counter(community: RecognitionCommunity, userId: string, kind: string): Promise<number> {
    const row = await recognitionDb(community.store.db)
      .selectFrom('recognition_counters')
      .select('count')
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return row?.count ?? 0;
  }

  async function messages(community: RecognitionCommunity, userId: string): Promise<number> {
    const row = await recognitionDb(community.store.db)
      .selectFrom('recognition_members')
      .select('messages')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.messages ?? 0;
  }

  async function moderationCase(
    community: RecognitionCommunity,
    caseId: number,
    userId: string,
    action: EventPayloads['moderation.case_opened']['action'],
  ): Promise<void> {
    await community.ingest(
      domainEvent('moderation.case_opened', {
        id: `moderation:moderation.case_opened:case:${caseId}`,
        guildId: community.guild.id,
        occurredAt: community.clock.now(),
        source: 'moderation',
        payload: {
          caseId,
          userId,
          action,
          reason: 'test',
          ruleId: null,
          actorId: null,
          expiresAt: null,
          strike: false,
        },
      }),
    );
  }

  async function automodFlag(community: RecognitionCommunity, userId: string, messageId: string, content: string) {
    await community.ingest(
      domainEvent('automod.rule_triggered', {
        id: `automod:automod.rule_triggered:${messageId}`,
        guildId: community.guild.id,
        occurredAt: community.clock.now(),
        source: 'automod',
        payload: {
          ruleId: 'self-promotion',
          ruleName: 'Self-promotion',
          category: 'spam',
          severity: 'minor',
          reason: 'advertising',
          matchedRules: [{ ruleId: 'self-promotion', ruleName: 'Self-promotion', reason: 'advertising' }],
          userIds: [userId],
          channelId: community.channel('general').id,
          evidence: [{ messageId, channelId: community.channel('general').id, authorId: userId, content, postedAt: 0 }],
          deletedMessageIds: [],
          actions: [{ kind: 'strike' }],
          sourceEventId: `sandbox:message.created:${messageId}`,
        },
      }),
    );
  }

  it('takes back the thanks a removed message carried or received, and the achievement they unlocked', async () => {
    c = await openRecognitionCommunity();
    const [ada, bob, sam] = [await member(c, 'ada'), await member(c, 'bob'), await member(c, 'sam')];
    const answer = await post(c, ada, 'Use WSL, then npm ci.');
    const reply = await post(c, bob, 'thanks, that worked', answer.id); // a reply thanks ada
    c.clock.advance(2 * MINUTE);
    const tip = await post(c, ada, 'Also: set core.autocrlf to false.');
    await c.sandbox.react({ userId: sam, channelId: c.channel('general').id, messageId: tip.id, emoji: '🙏' });
    await c.settle();
    expect(await counter(c, ada, 'helpful_answer')).toBe(2);
    expect(await c.points(ada)).toBe(1 + 5 + 1 + 5);

    await remove(c, bob, reply.id); // the thanking message
    expect(await counter(c, ada, 'helpful_answer')).toBe(1);
    expect(await counter(c, ada, 'thanks_received')).toBe(1);
    await remove(c, ada, tip.id); // the thanked message: its own point and the reaction's thanks
    expect(await counter(c, ada, 'helpful_answer')).toBe(0);
    expect(await c.points(ada)).toBe(1);
    const unlocked = await recognitionDb(c.store.db)
      .selectFrom('recognition_unlocks')
      .select('unlock_id')
      .where('user_id', '=', ada)
      .execute();
    expect(unlocked.map((u) => u.unlock_id)).not.toContain('helpful_hand');

    // A thanks recorded for it after its removal was handled (a reaction racing the delete) earns nothing.
    await c.ingest(
      domainEvent('recognition.thanks_given', {
        id: `recognition:recognition.thanks_given:late:${ada}`,
        guildId: c.guild.id,
        occurredAt: c.clock.now(),
        source: 'recognition',
        payload: {
          fromUserId: bob,
          toUserId: ada,
          channelId: c.channel('general').id,
          messageId: tip.id,
          via: 'reaction',
          at: c.clock.now(),
        },
      }),
    );
    expect(await counter(c, ada, 'helpful_answer')).toBe(0);
  });

  it('takes a point back in the week and month it was earned, not the week it was removed', async () => {
    c = await openRecognitionCommunity();
    const ada = await member(c, 'ada');
    const first = await post(c, ada, 'first week');
    const board = recognitionReadModel(c.store.db);
    const earned = periodAt('week', c.clock.now(), board.rules.seasons).key;
    await c.advance(7 * DAY);
    const removedIn = periodAt('week', c.clock.now(), board.rules.seasons).key;
    await remove(c, ada, first.id);
    expect(await c.points(ada)).toBe(0);
    expect(await board.periodRank(c.guild.id, earned, 'points', ada)).toBeNull();
    const totals = await recognitionDb(c.store.db)
      .selectFrom('recognition_totals')
      .select(['period', 'value'])
      .where('user_id', '=', ada)
      .where('category', '=', 'points')
      .execute();
    expect(totals.find((t) => t.period === earned)?.value).toBe(0);
    expect(totals.find((t) => t.period === removedIn)).toBeUndefined();
  });

  it('changes nothing for a message that earned nothing, and uncounts one that only counted', async () => {
    c = await openRecognitionCommunity();
    const ada = await member(c, 'ada');
    await post(c, ada, 'hello');
    const inCooldown = await post(c, ada, 'and again'); // counts, earns no point
    expect({ points: await c.points(ada), messages: await messages(c, ada) }).toEqual({ points: 1, messages: 2 });
    await c.ingest(
      domainEvent('message.deleted', {
        id: 'sandbox:message.deleted:unknown',
        guildId: c.guild.id,
        occurredAt: c.clock.now(),
        source: 'sandbox',
        payload: { messageId: 'never-seen', channelId: c.channel('general').id },
      }),
    );
    expect({ points: await c.points(ada), messages: await messages(c, ada) }).toEqual({ points: 1, messages: 2 });
    const reversed = await c.store.db
      .selectFrom('event_log')
      .select('id')
      .where('type', '=', 'recognition.message_reversed')
      .execute();
    expect(reversed).toEqual([]);
    await remove(c, ada, inCooldown.id);
    expect({ points: await c.points(ada), messages: await messages(c, ada) }).toEqual({ points: 1, messages: 1 });
  });

  it('re-evaluates the level a removed message helped reach, with the low-water mark', async () => {
    c = await openRecognitionCommunity(
      recognitionConfig({ levels: [{ name: 'Member', role: 'Member', conditions: { messages: 2 } }] }),
    );
    const ada = await member(c, 'ada');
    await post(c, ada, 'one');
    const second = await post(c, ada, 'two');
    const roles = async () => {
      const snapshot = await c!.sandbox.fetchMember(c!.guild.id, ada);
      return (snapshot?.roles ?? []).includes(c!.role('Member').id);
    };
    expect(await roles()).toBe(true);
    await remove(c, ada, second.id); // 1 of 2 messages: below 90 %
    expect(await roles()).toBe(false);
  });

  it('takes back a flagged message when its author is banned, hides them while banned, and lists them again when unbanned', async () => {
    c = await openRecognitionCommunity();
    const [ada, bob] = [await member(c, 'ada'), await member(c, 'bob')];
    await post(c, ada, 'hello there');
    await post(c, bob, 'hi all');
    c.clock.advance(2 * MINUTE);
    const promo = await post(c, bob, 'subscribe to my channel');
    await automodFlag(c, bob, promo.id, promo.content);
    expect(await c.points(bob)).toBe(2); // flagged, not removed: it stands
    await moderationCase(c, 1, bob, 'ban');
    expect(await c.points(bob)).toBe(1);
    const board = recognitionReadModel(c.store.db);
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId)).toEqual([ada]);
    const week = board.periodAt('week', c.clock.now()).key;
    expect((await board.periodLeaderboard(c.guild.id, week, 'points', 10)).map((s) => s.userId)).toEqual([ada]);
    await moderationCase(c, 2, bob, 'unban');
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId).sort()).toEqual([ada, bob].sort());
    // A ban lifted by closing its case (expired, revoked, overturned) also lists them again.
    await moderationCase(c, 3, bob, 'ban');
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId)).toEqual([ada]);
    await c.ingest(
      domainEvent('moderation.case_closed', {
        id: 'moderation:moderation.case_closed:case:3',
        guildId: c.guild.id,
        occurredAt: c.clock.now(),
        source: 'moderation',
        payload: { caseId: 3, userId: bob, action: 'ban', outcome: 'overturned' },
      }),
    );
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId).sort()).toEqual([ada, bob].sort());
  });

  it('can be turned off: removed messages keep their points, banned members stay listed, announcements are at once', async () => {
    c = await openRecognitionCommunity(
      recognitionConfig({
        announceChannel: 'showcase',
        removedMessages: { reverse: false, hideBanned: false, announceDelay: '0s' },
      }),
    );
    const ada = await member(c, 'ada');
    const first = await post(c, ada, 'hello');
    expect((await c.botMessages('showcase')).map((m) => m.content)).toEqual([
      `🏆 <@${ada}> unlocked **First Steps**: Posted your first message.`,
    ]);
    await remove(c, ada, first.id);
    expect(await c.points(ada)).toBe(1);
    await moderationCase(c, 1, ada, 'ban');
    const board = recognitionReadModel(c.store.db, RecognitionConfig.parse({ removedMessages: { hideBanned: false } }));
    expect((await board.leaderboard(c.guild.id, 10)).map((s) => s.userId)).toEqual([ada]);
    expect((await c.command(ada, 'leaderboard', { period: 'week' })).content).toContain('You are #1 of 1');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { openRecognitionCommunity, type RecognitionCommunity } from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';
import { recognitionDb } from '../RecognitionTables.js';

const HOUR = 3_600_000;

describe(`thanks detection (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function helpfulAnswers(community: RecognitionCommunity, userId: string): Promise<number> {
    const row = await recognitionDb(community.store.db)
      .selectFrom('recognition_counters')
      .select('count')
      .where('user_id', '=', userId)
      .where('kind', '=', 'helpful_answer')
      .executeTakeFirst();
    return row?.count ?? 0;
  }

  async function members(community: RecognitionCommunity) {
    const ada = (await community.sandbox.addMember({ username: 'ada' })).userId;
    const bob = (await community.sandbox.addMember({ username: 'bob' })).userId;
    return { ada, bob };
  }

  it('a "thanks" reply credits a helpful answer (5 points) to the replied-to member', async () => {
    c = await openRecognitionCommunity();
    const { ada, bob } = await members(c);
    const general = c.channel('general').id;
    const answer = await c.sandbox.postMessage({ userId: bob, channelId: general, content: 'Use Node 20.' });
    c.clock.advance(120_000);
    await c.sandbox.postMessage({
      userId: ada,
      channelId: general,
      content: 'That worked, thank you!',
      replyTo: answer.id,
    });
    await c.settle();
    expect(await helpfulAnswers(c, bob)).toBe(1);
    expect(await c.points(bob)).toBe(1 + 5);
    expect(await helpfulAnswers(c, ada)).toBe(0);
  });

  it('"thanks @member" credits the mentioned member; a reply without thanks words credits nobody', async () => {
    c = await openRecognitionCommunity();
    const { ada, bob } = await members(c);
    const general = c.channel('general').id;
    const question = await c.sandbox.postMessage({ userId: bob, channelId: general, content: 'anyone here?' });
    await c.sandbox.postMessage({ userId: ada, channelId: general, content: 'yes, I am', replyTo: question.id });
    await c.sandbox.postMessage({ userId: ada, channelId: general, content: `thx <@${bob}>` });
    await c.settle();
    expect(await helpfulAnswers(c, bob)).toBe(1);
    expect(await helpfulAnswers(c, ada)).toBe(0);
  });

  it('a 🙏 or ✅ reaction thanks the author; other reactions do not', async () => {
    c = await openRecognitionCommunity();
    const { ada, bob } = await members(c);
    const general = c.channel('general').id;
    const answer = await c.sandbox.postMessage({ userId: bob, channelId: general, content: 'Use Node 20.' });
    await c.sandbox.react({ userId: ada, channelId: general, messageId: answer.id, emoji: '👍' });
    await c.settle();
    expect(await helpfulAnswers(c, bob)).toBe(0);
    await c.sandbox.react({ userId: ada, channelId: general, messageId: answer.id, emoji: '🙏' });
    await c.settle();
    expect(await helpfulAnswers(c, bob)).toBe(1);
    const thanks = await c.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'recognition.thanks_given')
      .execute();
    expect(thanks.map((t) => JSON.parse(t.payload) as unknown)).toEqual([
      expect.objectContaining({ fromUserId: ada, toUserId: bob, via: 'reaction', channelId: general }),
    ]);
  });

  it('never credits yourself or a bot', async () => {
    c = await openRecognitionCommunity();
    const { ada } = await members(c);
    const general = c.channel('general').id;
    const mine = await c.sandbox.postMessage({ userId: ada, channelId: general, content: 'I fixed it myself' });
    await c.sandbox.react({ userId: ada, channelId: general, messageId: mine.id, emoji: '✅' });
    await c.sandbox.postMessage({ userId: ada, channelId: general, content: 'thanks me', replyTo: mine.id });
    await c.sandbox.postMessage({ userId: ada, channelId: general, content: `thanks <@${ada}>` });
    const bot = await c.sandbox.sendMessage(general, { content: 'I am the bot' });
    await c.sandbox.react({ userId: ada, channelId: general, messageId: bot.id, emoji: '🙏' });
    await c.sandbox.postMessage({ userId: ada, channelId: general, content: 'thanks bot', replyTo: bot.id });
    await c.settle();
    const credited = await recognitionDb(c.store.db)
      .selectFrom('recognition_counters')
      .select('user_id')
      .where('kind', '=', 'helpful_answer')
      .execute();
    expect(credited).toEqual([]);
  });

  it('credits a pair at most once per channel per hour', async () => {
    c = await openRecognitionCommunity();
    const { ada, bob } = await members(c);
    const general = c.channel('general').id;
    const showcase = c.channel('showcase').id;
    const thank = async (channelId: string) => {
      await c?.sandbox.postMessage({ userId: ada, channelId, content: `thanks <@${bob}>` });
      await c?.settle();
    };
    await thank(general);
    c.clock.advance(30 * 60_000);
    await thank(general);
    expect(await helpfulAnswers(c, bob)).toBe(1);
    await thank(showcase);
    expect(await helpfulAnswers(c, bob)).toBe(2);
    c.clock.advance(HOUR - 30 * 60_000);
    await thank(general);
    expect(await helpfulAnswers(c, bob)).toBe(3);
  });
});

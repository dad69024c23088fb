import { afterEach, describe, expect, it } from 'vitest';
import { openRecognitionCommunity, type RecognitionCommunity } from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';
import { MESSAGE_CONTENT_LIMIT } from '../../../platform/discordLimits.js';

const DAY = 86_400_000;

describe(`/leaderboard (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('shows this week by default, all time, and per category, with your position', async () => {
    c = await openRecognitionCommunity();
    const [ada, bob, cy] = [
      (await c.sandbox.addMember({ username: 'ada' })).userId,
      (await c.sandbox.addMember({ username: 'bob' })).userId,
      (await c.sandbox.addMember({ username: 'cy' })).userId,
    ];
    await c.contribute(ada, 'tutorial');
    c.clock.advance(7 * DAY);
    await c.contribute(bob, 'helpful_answer');
    await c.contribute(bob, 'helpful_answer');
    await c.contribute(cy, 'helpful_answer');

    const week = await c.command(ada, 'leaderboard');
    expect(week.content).toBe('You are not on this leaderboard yet.');
    expect(week.embeds).toEqual([
      expect.objectContaining({
        title: '🏆 Points · week of 2026-03-09',
        description: `🥇 <@${bob}>: 10 points\n🥈 <@${cy}>: 5 points`,
      }),
    ]);
    const all = await c.command(cy, 'leaderboard', { period: 'all' });
    expect(all.content).toBe('You are #3 of 3 (5 points).');
    expect(all.embeds).toEqual([
      expect.objectContaining({
        title: '🏆 Points · all time',
        description: `🥇 <@${ada}>: 25 points\n🥈 <@${bob}>: 10 points\n🥉 <@${cy}>: 5 points`,
      }),
    ]);
    const helpful = await c.command(cy, 'leaderboard', { period: 'month', category: 'helpful_answers' });
    expect(helpful.embeds).toEqual([
      expect.objectContaining({
        title: '🏆 Helpful answers · March 2026',
        description: `🥇 <@${bob}>: 2\n🥈 <@${cy}>: 1`,
      }),
    ]);
    expect((await c.command(cy, 'leaderboard', { category: 'karma' })).content).toBe(
      'There is no leaderboard category "karma". Categories: points, helpful_answers, tutorials, events_attended, support_heroes.',
    );
  });

  it("answers a 3,000-character unknown category ephemerally, within Discord's limits (issue #10, finding 7)", async () => {
    c = await openRecognitionCommunity();
    const { userId } = await c.sandbox.addMember({ username: 'ada' });
    const category = 'k'.repeat(3000);
    const { interactionId } = await c.sandbox.invokeCommand({
      userId,
      channelId: c.channel('general').id,
      name: 'leaderboard',
      options: { category },
    });
    await c.settle();
    const interaction = await c.sandbox.getInteraction(interactionId);
    expect(interaction?.reply?.ephemeral).toBe(true);
    const content = interaction?.reply?.content ?? '';
    expect(content.length).toBeLessThanOrEqual(MESSAGE_CONTENT_LIMIT);
    expect(content).toMatch(/^There is no leaderboard category "k+…"\. Categories: points, helpful_answers/);
    expect(c.logs.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('orders ties by member id, the same way every time', async () => {
    c = await openRecognitionCommunity();
    const ids: string[] = [];
    for (const name of ['zed', 'amy', 'kit']) ids.push((await c.sandbox.addMember({ username: name })).userId);
    for (const id of [...ids].reverse()) await c.contribute(id, 'tutorial');
    const { embeds } = await c.command(ids[0] ?? '', 'leaderboard', { period: 'season' });
    const order = [...ids].sort();
    expect(embeds).toEqual([
      expect.objectContaining({
        title: '🏆 Points · season 1',
        description: order.map((id, i) => `${['🥇', '🥈', '🥉'][i]} <@${id}>: 25 points`).join('\n'),
      }),
    ]);
  });
});

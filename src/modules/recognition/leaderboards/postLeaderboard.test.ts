import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';

const DAY = 86_400_000;

describe(`scheduled leaderboard posts (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function pendingKeys(community: RecognitionCommunity): Promise<string[]> {
    const jobs = await community.store.db
      .selectFrom('jobs')
      .select('key')
      .where('name', '=', 'postLeaderboard')
      .where('status', '=', 'pending')
      .orderBy('key')
      .execute();
    return jobs.map((j) => j.key.replace(`:${community.guild.id}:`, ':'));
  }

  it('posts the final weekly standings when the week ends, once, and schedules the next week', async () => {
    const config = recognitionConfig({ leaderboards: { channel: 'announcements', schedule: ['week', 'month'] } });
    c = await openRecognitionCommunity(config);
    await c.start();
    await c.start(); // a restart schedules nothing twice
    expect(await pendingKeys(c)).toEqual(['leaderboard:month:2026-03', 'leaderboard:week:2026-03-02']);
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    const bob = (await c.sandbox.addMember({ username: 'bob' })).userId;
    await c.contribute(ada, 'helpful_answer');
    await c.contribute(bob, 'tutorial');
    await c.advance(5 * DAY); // Monday 2026-03-09 12:00
    const posts = await c.botMessages('announcements');
    expect(posts).toEqual([
      {
        content: 'Final standings for the week of 2026-03-02. Thank you all!',
        embeds: [
          expect.objectContaining({
            title: '🏆 Points · week of 2026-03-02',
            description: `🥇 <@${bob}>: 25 points\n🥈 <@${ada}>: 5 points`,
          }),
          expect.objectContaining({
            title: '🏆 Helpful answers · week of 2026-03-02',
            description: `🥇 <@${ada}>: 1`,
          }),
        ],
      },
    ]);
    expect(await pendingKeys(c)).toEqual(['leaderboard:month:2026-03', 'leaderboard:week:2026-03-09']);
    await c.start();
    expect(await c.botMessages('announcements')).toHaveLength(1);
  });

  it('skips a period whose post is more than a period late, and carries on with the current one', async () => {
    const config = recognitionConfig({ leaderboards: { channel: 'announcements', schedule: ['week'] } });
    c = await openRecognitionCommunity(config);
    await c.start();
    c.clock.advance(15 * DAY);
    await c.runDueJobs();
    expect(await c.botMessages('announcements')).toEqual([]);
    expect(await pendingKeys(c)).toEqual(['leaderboard:week:2026-03-16']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';
import { recognitionDb } from '../RecognitionTables.js';

describe(`badges and achievements (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function unlocks(community: RecognitionCommunity, userId: string): Promise<string[]> {
    const rows = await recognitionDb(community.store.db)
      .selectFrom('recognition_unlocks')
      .select(['type', 'unlock_id'])
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => `${r.type}:${r.unlock_id}`).sort();
  }

  it('gives the newcomer badge on join and First Steps on the first message, quietly', async () => {
    c = await openRecognitionCommunity(recognitionConfig({ announceChannel: 'showcase' }));
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.settle();
    expect(await unlocks(c, ada)).toEqual(['badge:newcomer']);
    await c.sandbox.postMessage({ userId: ada, channelId: c.channel('general').id, content: 'hello' });
    await c.settle();
    expect(await unlocks(c, ada)).toEqual(['achievement:first_steps', 'badge:newcomer']);
    // Held for removedMessages.announceDelay (30 s), then posted.
    expect(await c.botMessages('showcase')).toEqual([]);
    await c.advance(30_000);
    expect((await c.botMessages('showcase')).map((m) => m.content)).toEqual([
      `🏆 <@${ada}> unlocked **First Steps**: Posted your first message.`,
    ]);
  });

  it('awards each point badge once at its threshold and announces it', async () => {
    c = await openRecognitionCommunity(recognitionConfig({ announceChannel: 'showcase' }));
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.contribute(ada, 'event_hosted');
    await c.contribute(ada, 'event_hosted');
    await c.contribute(ada, 'event_hosted');
    expect(await c.points(ada)).toBe(150);
    expect(await unlocks(c, ada)).toContain('badge:contributor');
    expect(await unlocks(c, ada)).not.toContain('badge:helper');
    for (let i = 0; i < 4; i += 1) await c.contribute(ada, 'code_contribution');
    expect(await unlocks(c, ada)).toEqual(
      expect.arrayContaining(['badge:contributor', 'badge:helper', 'badge:expert', 'achievement:event_organizer']),
    );
    await c.advance(30_000);
    const announced = (await c.botMessages('showcase')).map((m) => m.content);
    expect(announced.filter((m) => m.includes('**Contributor** badge'))).toEqual([
      `🏅 <@${ada}> earned the **Contributor** badge (100 points).`,
    ]);
    expect(announced.filter((m) => m.includes('badge'))).toHaveLength(3);
  });

  it('unlocks Quiz Master for a quiz scored 80% or more, not 79%', async () => {
    c = await openRecognitionCommunity();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.contribute(ada, 'quiz_completed', { score: 79 });
    expect(await unlocks(c, ada)).not.toContain('achievement:quiz_master');
    await c.contribute(ada, 'quiz_completed', { score: 80 });
    expect(await unlocks(c, ada)).toContain('achievement:quiz_master');
  });

  it('gives achievement points once, which can unlock a badge in the same step', async () => {
    const config = recognitionConfig({
      achievements: [
        { id: 'bug_hunter', name: 'Bug Hunter', conditions: { bug_reported: 1 }, points: 95 },
        { id: 'helpful_hand', name: 'Helpful Hand', conditions: { thanks_received: 1 } },
      ],
    });
    c = await openRecognitionCommunity(config);
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.contribute(ada, 'bug_reported');
    await c.contribute(ada, 'bug_reported');
    expect(await c.points(ada)).toBe(10 + 95 + 10);
    expect(await unlocks(c, ada)).toEqual(['achievement:bug_hunter', 'badge:contributor', 'badge:newcomer']);
  });

  it('/badges lists badges, achievements and the next badge', async () => {
    c = await openRecognitionCommunity();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    const bob = (await c.sandbox.addMember({ username: 'bob' })).userId;
    await c.settle(); // commands may be answered ahead of the joins still queued
    expect((await c.command(ada, 'badges', { member: bob })).content).toBe(
      `<@${bob}>’s badges: 🏅 Newcomer\nAchievements (0/14): none yet\nNext badge: Contributor at 100 points (100 to go).`,
    );
    await c.contribute(ada, 'tutorial');
    await c.sandbox.postMessage({ userId: ada, channelId: c.channel('general').id, content: 'my first post' });
    await c.settle();
    expect((await c.command(ada, 'badges')).content).toBe(
      'Your badges: 🏅 Newcomer\nAchievements (2/14): First Steps, Content Creator\nNext badge: Contributor at 100 points (74 to go).',
    );
  });
});

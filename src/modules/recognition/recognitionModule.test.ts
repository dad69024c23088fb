import { afterEach, describe, expect, it } from 'vitest';
import { openSandboxCommunity, type SandboxCommunity } from '../../../test/sandboxCommunity.js';
import { testDialect } from '../../../test/testStore.js';
import { starterConfig } from '../../config/starterConfig.js';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../test/recognitionCommunity.js';
import { recognitionDb } from './RecognitionTables.js';

describe(`recognition on the sandbox (${testDialect})`, () => {
  let c: SandboxCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  async function points(community: SandboxCommunity, userId: string): Promise<number> {
    const row = await recognitionDb(community.store.db)
      .selectFrom('recognition_members')
      .select('points')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.points ?? 0;
  }

  async function rank(
    community: SandboxCommunity,
    userId: string,
    options: Record<string, string> = {},
  ): Promise<string | undefined> {
    const { interactionId } = await community.sandbox.invokeCommand({
      userId,
      channelId: community.channel('general').id,
      name: 'rank',
      options,
    });
    await community.settle();
    return (await community.sandbox.getInteraction(interactionId))?.reply?.content;
  }

  it('gives 1 point for a post, and nothing more for posts within the next 60 s', async () => {
    c = await openSandboxCommunity();
    const ada = await c.sandbox.addMember({ username: 'ada' });
    const general = c.channel('general').id;
    await c.sandbox.postMessage({ userId: ada.userId, channelId: general, content: 'hello everyone' });
    c.clock.advance(30_000);
    await c.sandbox.postMessage({ userId: ada.userId, channelId: general, content: 'anyone here?' });
    c.clock.advance(29_999);
    await c.sandbox.postMessage({ userId: ada.userId, channelId: general, content: 'still nobody' });
    await c.settle();
    expect(await points(c, ada.userId)).toBe(1);
    c.clock.advance(1);
    await c.sandbox.postMessage({ userId: ada.userId, channelId: general, content: 'a minute later' });
    await c.settle();
    expect(await points(c, ada.userId)).toBe(2);
    const awarded = await c.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'recognition.points_awarded')
      .orderBy('seq')
      .execute();
    expect(awarded.map((r) => JSON.parse(r.payload) as { total: number }).map((p) => p.total)).toEqual([1, 2]);
  });

  it('gives nothing for messages shorter than the minimum, from bots, or in excluded channels', async () => {
    const config = starterConfig()
      .replace(/minMessageLength: .*/, 'minMessageLength: 5')
      .replace(/excludedChannels: .*/, 'excludedChannels: [showcase]');
    c = await openSandboxCommunity(config);
    const ada = await c.sandbox.addMember({ username: 'ada' });
    await c.sandbox.postMessage({ userId: ada.userId, channelId: c.channel('general').id, content: '  ok  ' });
    await c.sandbox.postMessage({
      userId: ada.userId,
      channelId: c.channel('showcase').id,
      content: 'look at my project',
    });
    await c.settle();
    expect(await points(c, ada.userId)).toBe(0);
    await c.sandbox.postMessage({ userId: ada.userId, channelId: c.channel('general').id, content: 'a real message' });
    await c.settle();
    expect(await points(c, ada.userId)).toBe(1);
  });

  it('answers /rank with points, position, badge, weekly position and next milestone, ties ordered by member id', async () => {
    c = await openSandboxCommunity();
    const general = c.channel('general').id;
    const [ada, bob, cy] = [
      await c.sandbox.addMember({ username: 'ada' }),
      await c.sandbox.addMember({ username: 'bob' }),
      await c.sandbox.addMember({ username: 'cy' }),
    ];
    expect(await rank(c, ada.userId)).toBe('You have no points yet: post a message to earn your first.');
    for (const minute of [0, 1, 2]) {
      await c.sandbox.postMessage({ userId: bob.userId, channelId: general, content: `bob at minute ${minute}` });
      if (minute < 2)
        await c.sandbox.postMessage({ userId: cy.userId, channelId: general, content: `cy at minute ${minute}` });
      c.clock.advance(60_000);
    }
    await c.sandbox.postMessage({ userId: ada.userId, channelId: general, content: 'hello everyone' });
    await c.sandbox.postMessage({ userId: cy.userId, channelId: general, content: 'cy again' });
    await c.settle();
    const next = (points: number) => `Next: Contributor badge at 100 points (${100 - points} to go).`;
    expect(await rank(c, bob.userId)).toBe(
      `You have 3 points: rank #1 of 3.\nBadge: Newcomer · This week: #1 (3 points)\n${next(3)}`,
    );
    expect(await rank(c, cy.userId)).toBe(
      `You have 3 points: rank #2 of 3.\nBadge: Newcomer · This week: #2 (3 points)\n${next(3)}`,
    );
    expect(await rank(c, ada.userId)).toBe(
      `You have 1 point: rank #3 of 3.\nBadge: Newcomer · This week: #3 (1 point)\n${next(1)}`,
    );
    expect(await rank(c, ada.userId, { member: bob.userId })).toMatch(
      new RegExp(`^<@${bob.userId}> has 3 points: rank #1 of 3\\.\\n`),
    );
  });

  it('registers /rank, /leaderboard, /badges, /ambassador and /recompute-points with the platform', async () => {
    c = await openSandboxCommunity();
    expect((await c.sandbox.listCommands()).map((cmd) => cmd.name)).toEqual(
      expect.arrayContaining(['rank', 'leaderboard', 'badges', 'ambassador', 'recompute-points']),
    );
  });
});

describe(`/rank with levels (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('shows the level and what the next level still needs', async () => {
    const config = recognitionConfig({
      levels: [
        { name: 'Member', role: 'Member', conditions: { messages: 1 } },
        { name: 'Active Member', role: 'Moderator', conditions: { tenure_days: 30, messages: 50 } },
      ],
    });
    c = await openRecognitionCommunity(config);
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.sandbox.postMessage({ userId: ada, channelId: c.channel('general').id, content: 'hello everyone' });
    await c.settle();
    c.clock.advance(3 * 86_400_000);
    expect((await c.command(ada, 'rank')).content).toBe(
      [
        'You have 1 point: rank #1 of 1.',
        'Level: Member · Badge: Newcomer · This week: #1 (1 point)',
        'Next: Contributor badge at 100 points (99 to go); level Active Member: tenure days 3/30, messages 1/50.',
      ].join('\n'),
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  openRecognitionCommunity,
  recognitionConfig,
  type RecognitionCommunity,
} from '../../../../test/recognitionCommunity.js';
import { testDialect } from '../../../../test/testStore.js';

describe(`contributions reported by other modules (${testDialect})`, () => {
  let c: RecognitionCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('awards seed 002 points per kind of contribution', async () => {
    c = await openRecognitionCommunity();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    const expected = [
      ['helpful_answer', 5],
      ['bug_reported', 10],
      ['tutorial', 25],
      ['event_hosted', 50],
      ['code_contribution', 100],
    ] as const;
    let total = 0;
    for (const [kind, points] of expected) {
      await c.contribute(ada, kind);
      total += points;
      expect(await c.points(ada), kind).toBe(total);
    }
  });

  it('adds 50% for a quality score above 4, nothing extra at 4', async () => {
    c = await openRecognitionCommunity();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.contribute(ada, 'tutorial', { quality: 4 });
    expect(await c.points(ada)).toBe(25);
    await c.contribute(ada, 'tutorial', { quality: 4.5 });
    expect(await c.points(ada)).toBe(25 + 38);
    await c.contribute(ada, 'code_contribution', { quality: 5 });
    expect(await c.points(ada)).toBe(25 + 38 + 150);
  });

  it('counts a redelivered contribution once', async () => {
    c = await openRecognitionCommunity();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.contribute(ada, 'bug_reported', { id: 'issue-7' });
    await c.contribute(ada, 'bug_reported', { id: 'issue-7' });
    expect(await c.points(ada)).toBe(10);
  });

  it('uses seed 003’s contribution table as a preset, with the file’s overrides on top', async () => {
    c = await openRecognitionCommunity(recognitionConfig({ preset: 'seed003', points: { tutorial: 30 } }));
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.contribute(ada, 'helpful_answer');
    await c.contribute(ada, 'code_review');
    await c.contribute(ada, 'tutorial');
    expect(await c.points(ada)).toBe(10 + 15 + 30);
    const { embeds } = await c.command(ada, 'leaderboard', { period: 'all', category: 'knowledge_sharing' });
    expect(embeds).toEqual([
      expect.objectContaining({
        title: '🏆 Knowledge sharing · all time',
        description: `🥇 <@${ada}>: 55 points`,
      }),
    ]);
  });

  it('records every award as recognition.points_awarded with the running total', async () => {
    c = await openRecognitionCommunity();
    const ada = (await c.sandbox.addMember({ username: 'ada' })).userId;
    await c.contribute(ada, 'tutorial');
    await c.contribute(ada, 'helpful_answer');
    const events = await c.store.db
      .selectFrom('event_log')
      .select('payload')
      .where('type', '=', 'recognition.points_awarded')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload) as unknown)).toEqual([
      expect.objectContaining({ userId: ada, points: 25, reason: 'tutorial', total: 25 }),
      expect.objectContaining({ userId: ada, points: 5, reason: 'helpful_answer', total: 30 }),
    ]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { itemNumber, pressCard, setStatus, submitItem } from './lifecycleFixture.js';

describe(`/feedback top (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('ranks open items of voted types by up minus down votes, then age', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji, lena, noor, priya] = [
      await f.user('sam'),
      await f.user('kenji'),
      await f.user('lena'),
      await f.user('noor'),
      await f.user('priya'),
    ];
    const older = await submitItem(f, sam, 'feature', 'Older idea');
    const popular = await submitItem(f, kenji, 'suggestion', 'Popular idea');
    const disliked = await submitItem(f, lena, 'feature', 'Disliked idea');
    const shipped = await submitItem(f, sam, 'feature', 'Shipped idea');
    const newer = await submitItem(f, priya, 'feature', 'Newer idea');
    await submitItem(f, sam, 'bug', 'A bug, never ranked');
    for (const voter of [sam, lena, noor]) await pressCard(f, voter, popular, 'up');
    for (const voter of [sam, kenji]) await pressCard(f, voter, disliked, 'down');
    await pressCard(f, kenji, disliked, 'down'); // withdrawn again: -1 in the end
    for (const voter of [kenji, lena, noor, priya]) await pressCard(f, voter, shipped, 'up');
    await setStatus(f, noor, shipped.number, 'done');

    const planned = await setStatus(f, noor, older.number, 'planned');
    expect(planned.reply?.ephemeral).toBe(true);
    const top = await f.command(priya, 'feedback', 'top', {});
    const line = async (n: number, rank: number) => {
      const item = await itemNumber(f, n);
      const link = `https://discord.com/channels/${f.guildId}/${item.thread_id}`;
      const status = { new: 'New', planned: 'Planned' }[item.status as 'new' | 'planned'];
      return `${rank}. [#${n} ${item.title}](<${link}>) · 👍 ${item.up_votes} 👎 ${item.down_votes} · ${status}`;
    };
    expect(top.reply).toEqual({
      content: [
        '**Top open feedback** (👍 minus 👎):',
        await line(popular.number, 1),
        await line(older.number, 2),
        await line(newer.number, 3),
        await line(disliked.number, 4),
      ].join('\n'),
      ephemeral: true,
    });

    const suggestions = await f.command(priya, 'feedback', 'top', { type: 'suggestion' });
    expect(suggestions.reply?.content).toBe(
      ['**Top open feedback** (👍 minus 👎):', await line(popular.number, 1)].join('\n'),
    );
    const bugs = await f.command(priya, 'feedback', 'top', { type: 'bug' });
    expect(bugs.reply).toEqual({ content: 'Bug reports take no votes here.', ephemeral: true });
  });

  it('stays within 2000 characters however long the titles', async () => {
    f = await openFeedbackCommunity();
    const sam = await f.user('sam');
    for (let i = 0; i < 16; i += 1) await submitItem(f, sam, 'feature', `${'Long title '.repeat(8)}${i}`);
    const top = await f.command(sam, 'feedback', 'top', {});
    const content = top.reply?.content ?? '';
    expect(content.length).toBeLessThanOrEqual(2000);
    const lines = content.split('\n').slice(1);
    // 15 lines of about 170 characters do not fit: the list stops at the last whole line.
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.length).toBeLessThan(15);
    expect(lines.every((l, i) => l.startsWith(`${i + 1}. [#`) && l.endsWith('· New'))).toBe(true);
  });
});

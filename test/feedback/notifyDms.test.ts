import { afterEach, describe, expect, it } from 'vitest';
import { mentionMessages } from '../../src/platform/mentionMessages.js';
import { testDialect } from '../testStore.js';
import { openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { itemNumber, noticesIn, pressCard, setStatus, submitItem } from './lifecycleFixture.js';

describe(`status notices by DM (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('DMs only the followers who opted in; the thread notice mentions every follower', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji, lena, noor] = [
      await f.user('sam'),
      await f.user('kenji'),
      await f.user('lena'),
      await f.user('noor'),
    ];
    const item = await submitItem(f, sam, 'suggestion', 'Voice channel for study sessions');
    await pressCard(f, kenji, item, 'up');
    await pressCard(f, lena, item, 'up');
    expect((await f.command(lena, 'feedback', 'dms', { allowed: true })).reply).toEqual({
      content: 'You will get notices of the feedback you follow by DM too (keep DMs from server members open).',
      ephemeral: true,
    });

    await setStatus(f, noor, item.number, 'planned', 'After the summer break');
    const link = `https://discord.com/channels/${f.guildId}/${item.thread_id}`;
    const headline = `**#${item.number} Voice channel for study sessions** is now **Planned** (was New).\n> After the summer break`;
    expect((await f.c.sandbox.listDirectMessages(lena)).map((d) => d.content)).toEqual([`${headline}\n${link}`]);
    expect(await f.c.sandbox.listDirectMessages(kenji)).toEqual([]);
    expect(await f.c.sandbox.listDirectMessages(sam)).toEqual([]);
    const notices = await noticesIn(f, await itemNumber(f, item.number));
    expect(notices.map((n) => n.pinged.userIds.sort())).toEqual([[sam, kenji, lena].sort()]);

    expect((await f.command(lena, 'feedback', 'dms', { allowed: false })).reply?.content).toBe(
      'You will get notices of the feedback you follow in its thread only.',
    );
    await setStatus(f, noor, item.number, 'in_progress');
    expect(await f.c.sandbox.listDirectMessages(lena)).toHaveLength(1);
    expect(await f.emitted('feedback.dm_preference')).toEqual([
      { userId: lena, dm: true },
      { userId: lena, dm: false },
    ]);
    expect((await f.rows('feedback_prefs')).map((p) => [p.user_id, p.dm])).toEqual([[lena, 0]]);
  });

  it('splits a long notice at 2000 characters, each message pinging exactly whom it mentions', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `${100000000000000000n + BigInt(i)}`);
    const messages = mentionMessages('**#7 A title** is now **Done** (was In progress).', ids);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.content.length).toBeLessThanOrEqual(2000);
      expect([...message.content.matchAll(/<@(\d+)>/g)].map((m) => m[1])).toEqual(message.userIds);
    }
    expect(messages.flatMap((m) => m.userIds)).toEqual(ids);
    expect(messages[0]?.content.startsWith('**#7 A title** is now **Done** (was In progress).\n<@')).toBe(true);
  });
});

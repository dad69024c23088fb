import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_RESPONSES } from '../../src/modules/feedback/FeedbackConfig.js';
import { testDialect } from '../testStore.js';
import { openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { cardOf, noticesIn, setStatus, submitItem } from './lifecycleFixture.js';

/**
 * `/feedback submit` with a forum `feedback.channel` (the harness's `feedback` forum): the
 * item is a forum post the bot starts, its card the starter message.
 */
describe(`feedback items as forum posts (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  /** The threads of a channel (posts of a forum). */
  async function postsIn(channelId: string) {
    return (await f.c.sandbox.listChannels()).filter((c) => c.kind === 'thread' && c.parentId === channelId);
  }

  it('posts the item in the forum with its card as the starter message and the auto-response in the post', async () => {
    f = await openFeedbackCommunity();
    const sam = await f.user('sam');
    const item = await submitItem(f, sam, 'feature', 'Dark mode for the wiki', 'Easier on the eyes.');

    const posts = await postsIn(f.channels.feedback);
    expect(posts.map((p) => [p.name, p.id])).toEqual([['#1 Dark mode for the wiki', item.thread_id]]);
    // The post is the item's channel, thread and card: the starter message shares its id.
    expect(item).toMatchObject({ channel_id: item.thread_id, message_id: item.thread_id, source: 'command' });
    const inPost = await f.allMessagesIn(item.thread_id ?? '');
    expect(inPost.map((m) => [m.id, m.authorBot])).toEqual([
      [item.thread_id, true],
      [expect.any(String), true],
    ]);
    const [starter, response] = inPost;
    expect(starter?.embeds[0]).toMatchObject({
      title: '#1 Dark mode for the wiki',
      description: 'Easier on the eyes.',
    });
    expect(starter?.components[0]?.components.map((b) => b.kind === 'button' && b.customId)).toEqual([
      `feedback:up:${item.id}`,
      `feedback:down:${item.id}`,
      `feedback:follow:${item.id}`,
    ]);
    expect(response?.content).toBe(`<@${sam}> ${DEFAULT_AUTO_RESPONSES.feature} (#1)`);
    expect(response?.pinged).toEqual({ userIds: [sam], roleIds: [] });
    // Nothing lands where the command was used.
    expect(await f.messagesIn(f.channels.general)).toEqual([]);
    expect(await f.emitted('feedback.submitted')).toEqual([
      expect.objectContaining({ itemId: item.id, number: 1, channelId: item.thread_id }),
    ]);
  });

  it('puts the status notice in the post and updates the starter card', async () => {
    f = await openFeedbackCommunity();
    const [sam, noor] = [await f.user('sam'), await f.user('noor')];
    const item = await submitItem(f, sam, 'bug', 'Search skips pinned posts');

    const answer = await setStatus(f, noor, item.number, 'planned', 'Next release');
    expect(answer.reply?.content).toBe(`#${item.number} is now Planned; its author and followers were told.`);
    const notices = await noticesIn(f, item);
    expect(notices.map((n) => [n.channelId, n.content])).toEqual([
      [
        item.thread_id,
        `**#${item.number} Search skips pinned posts** is now **Planned** (was New).\n> Next release\n<@${sam}>`,
      ],
    ]);
    const card = await cardOf(f, item);
    expect(card.id).toBe(item.thread_id);
    expect(card.embeds[0]?.fields?.find((x) => x.name === 'Status')?.value).toBe('Planned');
  });

  it('numbers each item its own post', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji] = [await f.user('sam'), await f.user('kenji')];
    const first = await submitItem(f, sam, 'suggestion', 'Weekly game night');
    const second = await submitItem(f, kenji, 'bug', 'Login button does nothing');
    const posts = await postsIn(f.channels.feedback);
    expect(posts.map((p) => [p.id, p.name]).sort()).toEqual(
      [
        [first.thread_id, '#1 Weekly game night'],
        [second.thread_id, '#2 Login button does nothing'],
      ].sort(),
    );
    expect(first.thread_id).not.toBe(second.thread_id);
    for (const item of [first, second]) {
      const [starter] = await f.allMessagesIn(item.thread_id ?? '');
      expect([starter?.id, starter?.authorBot, starter?.embeds[0]?.title]).toEqual([
        item.thread_id,
        true,
        `#${item.number} ${item.title}`,
      ]);
    }
  });
});

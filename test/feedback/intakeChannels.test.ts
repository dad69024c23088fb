import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_RESPONSES } from '../../src/modules/feedback/FeedbackConfig.js';
import { openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

describe('intake channels and forums', () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('a top-level message in an intake text channel becomes an item with a thread on it', async () => {
    f = await openFeedbackCommunity();
    const sam = await f.user('sam');
    const message = await f.post(sam, f.channels.bugReports, 'Uploads fail over 5 MB\nEvery time, since Monday.');
    const [item] = await f.rows('feedback_items');
    expect(item).toMatchObject({
      id: message.id,
      number: 1,
      type: 'bug',
      source: 'channel',
      title: 'Uploads fail over 5 MB',
      body: 'Uploads fail over 5 MB\nEvery time, since Monday.',
      author_id: sam,
      channel_id: f.channels.bugReports,
      thread_id: message.id,
    });
    const inThread = await f.messagesIn(message.id);
    expect(inThread.map((m) => m.embeds[0]?.title ?? m.content)).toEqual([
      '#1 Uploads fail over 5 MB',
      `<@${sam}> ${DEFAULT_AUTO_RESPONSES.bug} (#1)`,
    ]);
    expect(item?.message_id).toBe(inThread[0]?.id);
    expect(await f.messagesIn(f.channels.bugReports)).toEqual([]);
    expect(await f.emitted('feedback.submitted')).toEqual([
      expect.objectContaining({ itemId: message.id, source: 'channel', channelId: f.channels.bugReports }),
    ]);
  });

  it('leaves replies inside the thread, bots and other channels alone', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji] = [await f.user('sam'), await f.user('kenji')];
    const message = await f.post(sam, f.channels.bugReports, 'Search is broken');
    await f.post(kenji, message.id, 'Same here');
    await f.post(kenji, f.channels.general, 'Search is broken for me too');
    expect((await f.rows('feedback_items')).map((i) => i.id)).toEqual([message.id]);
  });

  it('a post in an intake forum becomes an item, its thread the post, its text the body', async () => {
    f = await openFeedbackCommunity();
    const sam = await f.user('sam');
    const threadId = await f.postInForum(sam, f.channels.ideas, 'Dark mode', 'Please add a dark theme.');
    const [item] = await f.rows('feedback_items');
    expect(item).toMatchObject({
      id: threadId,
      number: 1,
      type: 'feature',
      source: 'forum',
      title: 'Dark mode',
      body: 'Please add a dark theme.',
      channel_id: f.channels.ideas,
      thread_id: threadId,
    });
    const inThread = await f.messagesIn(threadId);
    expect(inThread.map((m) => m.embeds[0]?.title ?? m.content)).toEqual([
      '#1 Dark mode',
      `<@${sam}> ${DEFAULT_AUTO_RESPONSES.feature} (#1)`,
    ]);
    expect(item?.message_id).toBe(inThread[0]?.id);
    // The card was edited with the post's text once it arrived.
    expect(inThread[0]?.embeds[0]?.description).toBe('Please add a dark theme.');
    expect(inThread[0]?.components[0]?.components).toHaveLength(3);
  });

  it('a forum post and a channel message are numbered in one sequence', async () => {
    f = await openFeedbackCommunity();
    const sam = await f.user('sam');
    await f.postInForum(sam, f.channels.ideas, 'Emoji reactions', 'On announcements.');
    await f.post(sam, f.channels.bugReports, 'Avatars do not load');
    const items = (await f.rows('feedback_items')).sort((a, b) => a.number - b.number);
    expect(items.map((i) => [i.number, i.source, i.title])).toEqual([
      [1, 'forum', 'Emoji reactions'],
      [2, 'channel', 'Avatars do not load'],
    ]);
  });

  it('does nothing in channels no longer listed', async () => {
    f = await openFeedbackCommunity({ channel: null });
    const sam = await f.user('sam');
    await f.post(sam, f.channels.bugReports, 'Uploads fail');
    await f.postInForum(sam, f.channels.ideas, 'Dark mode', 'Please.');
    expect(await f.rows('feedback_items')).toEqual([]);
    expect(await f.messagesIn(f.channels.bugReports)).toEqual([]);
  });
});

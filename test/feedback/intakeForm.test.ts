import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_RESPONSES } from '../../src/modules/feedback/FeedbackConfig.js';
import { FEEDBACK_TYPES } from '../../src/modules/feedback/config/FeedbackTypes.js';
import { FEEDBACK_SECTION, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

/** The harness section with `/feedback` items going to `channel` (a text channel name, or null). */
const section = (channel: string | null, more: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...FEEDBACK_SECTION,
  channel,
  ...more,
});

describe('/feedback submit', () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  async function submit(userId: string, type: string, fields: Record<string, string>) {
    const shown = await f.command(userId, 'feedback', 'submit', { type });
    if (shown.modal === null) throw new Error('no form shown');
    return f.submitModal(userId, shown.interactionId, fields);
  }

  it('answers with a form of title and details carrying the type', async () => {
    f = await openFeedbackCommunity(section(null));
    const sam = await f.user('sam');
    const shown = await f.command(sam, 'feedback', 'submit', { type: 'feature' });
    expect(shown.reply).toBeNull();
    expect(shown.modal).toEqual({
      customId: 'feedback:form:feature',
      title: 'Feature request',
      inputs: [
        expect.objectContaining({ customId: 'title', style: 'short', required: true, maxLength: 100 }),
        expect.objectContaining({ customId: 'details', style: 'paragraph', required: false, maxLength: 1500 }),
      ],
    });
    expect(await f.rows('feedback_items')).toEqual([]);
  });

  it('makes item #1 with its card, a thread on it and the auto-response mentioning only the author', async () => {
    f = await openFeedbackCommunity(section(null));
    const sam = await f.user('sam');
    const done = await submit(sam, 'bug', { title: 'Login button does nothing', details: 'On Firefox 120.' });

    const [item] = await f.rows('feedback_items');
    expect(item).toMatchObject({
      number: 1,
      type: 'bug',
      title: 'Login button does nothing',
      body: 'On Firefox 120.',
      author_id: sam,
      source: 'command',
      status: 'new',
      channel_id: f.channels.general,
    });
    expect(done.reply).toEqual({
      content: `Thanks! Your feedback is #1: https://discord.com/channels/${f.guildId}/${item?.thread_id}`,
      ephemeral: true,
    });
    const [card] = (await f.messagesIn(f.channels.general)).filter((m) => m.embeds.length > 0);
    expect(card?.id).toBe(item?.message_id);
    expect(card?.embeds[0]?.title).toBe('#1 Login button does nothing');
    expect(card?.components[0]?.components.map((b) => b.kind === 'button' && b.customId)).toEqual([
      `feedback:follow:${item?.id}`,
    ]);
    // The thread started from the card shares its id.
    expect(item?.thread_id).toBe(card?.id);
    const inThread = await f.messagesIn(item?.thread_id ?? '');
    expect(inThread.map((m) => m.content)).toEqual([`<@${sam}> ${DEFAULT_AUTO_RESPONSES.bug} (#1)`]);
    expect(inThread[0]?.pinged).toEqual({ userIds: [sam], roleIds: [] });
    expect(await f.rows('feedback_followers')).toEqual([
      { guild_id: f.guildId, item_id: item?.id, user_id: sam, reason: 'author', since: item?.created_at },
    ]);
    expect(await f.emitted('feedback.submitted')).toEqual([
      {
        itemId: item?.id,
        number: 1,
        type: 'bug',
        source: 'command',
        authorId: sam,
        channelId: f.channels.general,
        sentiment: item?.sentiment_label,
        score: item?.sentiment_score,
      },
    ]);
  });

  it('numbers items in order and posts them in a text feedback.channel', async () => {
    f = await openFeedbackCommunity(section('staff-feedback'));
    const [sam, kenji] = [await f.user('sam'), await f.user('kenji')];
    await submit(sam, 'feature', { title: 'Dark mode', details: '' });
    await submit(kenji, 'suggestion', { title: 'Weekly game night', details: 'Fridays.' });
    const items = (await f.rows('feedback_items')).sort((a, b) => a.number - b.number);
    expect(items.map((i) => [i.number, i.type, i.author_id, i.channel_id])).toEqual([
      [1, 'feature', sam, f.channels.staffFeedback],
      [2, 'suggestion', kenji, f.channels.staffFeedback],
    ]);
    const cards = await f.messagesIn(f.channels.staffFeedback);
    expect(cards.map((m) => m.embeds[0]?.title)).toEqual(['#1 Dark mode', '#2 Weekly game night']);
    // Feature requests and suggestions get vote buttons.
    expect(cards[0]?.components[0]?.components).toHaveLength(3);
    expect(await f.messagesIn(f.channels.general)).toEqual([]);
  });

  it("answers each type with its template, the configured one replacing seed 002's", async () => {
    f = await openFeedbackCommunity(section(null, { autoResponses: { general: 'We read everything. Thank you!' } }));
    const sam = await f.user('sam');
    for (const type of FEEDBACK_TYPES) await submit(sam, type, { title: `About ${type}`, details: '' });
    const items = (await f.rows('feedback_items')).sort((a, b) => a.number - b.number);
    const responses = await Promise.all(items.map(async (i) => (await f.messagesIn(i.thread_id ?? ''))[0]?.content));
    expect(responses).toEqual([
      `<@${sam}> ${DEFAULT_AUTO_RESPONSES.bug} (#1)`,
      `<@${sam}> ${DEFAULT_AUTO_RESPONSES.feature} (#2)`,
      `<@${sam}> We read everything. Thank you! (#3)`,
      `<@${sam}> ${DEFAULT_AUTO_RESPONSES.suggestion} (#4)`,
    ]);
  });

  it('posts a forum feedback.channel item as a post of its own, not where /feedback was used', async () => {
    f = await openFeedbackCommunity(); // feedback.channel is the `feedback` forum
    const sam = await f.user('sam');
    await submit(sam, 'general', { title: 'Nice server', details: '' });
    const [item] = await f.rows('feedback_items');
    const post = (await f.c.sandbox.listChannels()).find((c) => c.id === item?.thread_id);
    expect([post?.kind, post?.parentId, post?.name]).toEqual(['thread', f.channels.feedback, '#1 Nice server']);
    expect(await f.messagesIn(f.channels.general)).toEqual([]);
  });

  it('refuses a blank title and stores nothing', async () => {
    f = await openFeedbackCommunity(section(null));
    const sam = await f.user('sam');
    const done = await submit(sam, 'bug', { title: '   ', details: 'It crashed' });
    expect(done.reply).toEqual({
      content: 'Your feedback needs a title: nothing was saved. Please try again.',
      ephemeral: true,
    });
    expect(await f.rows('feedback_items')).toEqual([]);
    expect(await f.rows('feedback_followers')).toEqual([]);
    expect(await f.messagesIn(f.channels.general)).toEqual([]);
    expect(await f.emitted('feedback.submitted')).toEqual([]);
  });

  it('a title past 100 characters is refused by the form itself, and nothing is stored', async () => {
    f = await openFeedbackCommunity(section(null));
    const sam = await f.user('sam');
    await expect(submit(sam, 'bug', { title: 'x'.repeat(101), details: '' })).rejects.toThrow(/1–100 characters/);
    expect(await f.rows('feedback_items')).toEqual([]);
  });
});

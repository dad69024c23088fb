import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { testDialect } from '../testStore.js';
import { openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

const FIVES = { accuracy: '5', clarity: '4', completeness: '4', usefulness: '5', comment: 'Clear, thanks!' };

/** The bot's message with the review button in a guide's thread. */
async function reviewMessage(t: SupportCommunity, guideId: string): Promise<SandboxMessage> {
  const found = (await t.messagesIn(guideId)).find((m) => m.content.includes('reviewed'));
  if (found === undefined) throw new Error('no review message in the guide');
  return found;
}

/** A member presses "Review this guide" and submits the form. */
async function review(t: SupportCommunity, userId: string, guideId: string, fields: Record<string, string>) {
  const pressed = await t.press(userId, await reviewMessage(t, guideId), `support:review:${guideId}`);
  expect(pressed.modal?.customId).toBe(`support:review-form:${guideId}`);
  return t.submitModal(userId, pressed.interactionId, fields);
}

describe(`knowledge base: peer-reviewed guides (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('a guide is submitted, reviewed by three members and verified with the tag', async () => {
    t = await openSupportCommunity();
    const [tomas, sam, kenji, lena] = [
      await t.user('tomas'),
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('lena'),
    ];
    const guideId = await t.ask(tomas, 'Setting up webhooks', 'Step 1: open the channel settings…', {
      forumId: t.channels.guides,
      tags: ['Beginner'],
    });
    expect(await t.rows('support_articles')).toMatchObject([
      {
        id: guideId,
        kind: 'guide',
        status: 'in_review',
        author_id: tomas,
        title: 'Setting up webhooks',
        body: 'Step 1: open the channel settings…',
        tags: '["Beginner"]',
      },
    ]);
    expect(await t.emitted('support.guide_submitted')).toEqual([{ articleId: guideId, authorId: tomas }]);
    const button = await reviewMessage(t, guideId);
    expect(button.components?.[0]?.components[0]).toMatchObject({
      customId: `support:review:${guideId}`,
      label: 'Review this guide',
    });

    const first = await review(t, sam, guideId, FIVES);
    expect(first.reply).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('Thanks for reviewing') as string,
    });
    // A second review by the same member replaces the first.
    const again = await review(t, sam, guideId, { ...FIVES, clarity: '5' });
    expect(again.reply?.content).toContain('replaces your earlier one');
    await review(t, kenji, guideId, { accuracy: '4', clarity: '4', completeness: '3', usefulness: '4' });
    expect((await t.rows('support_articles'))[0]?.status).toBe('in_review');
    const third = await review(t, lena, guideId, FIVES);
    expect(third.reply?.content).toContain('now verified');

    const reviews = await t.rows('support_reviews');
    expect(reviews).toHaveLength(3);
    expect(reviews.find((r) => r.reviewer_id === sam)).toMatchObject({
      accuracy: 5,
      clarity: 5,
      comment: 'Clear, thanks!',
    });
    expect((await t.rows('support_articles'))[0]).toMatchObject({ status: 'verified', verified_at: t.now() });
    const thread = await t.thread(guideId);
    expect(new Set(thread.appliedTags)).toEqual(
      new Set([await t.tagId(t.channels.guides, 'Beginner'), await t.tagId(t.channels.guides, 'Verified')]),
    );
    expect(await t.emitted('support.guide_reviewed')).toHaveLength(4);
    const [verified] = await t.emitted<{ reviews: number; score: number }>('support.guide_verified');
    expect(verified).toMatchObject({ articleId: guideId, authorId: tomas, reviews: 3 });
    expect(verified?.score).toBeCloseTo((4.75 + 3.75 + 4.5) / 3, 5);
    expect(await t.emitted('contribution.recorded')).toContainEqual(
      expect.objectContaining({ userId: tomas, kind: 'tutorial', sourceId: `support:guide:${guideId}` }),
    );
    expect((await t.messagesIn(guideId)).some((m) => m.content.includes('passed peer review'))).toBe(true);
    // The verified tag applied by Guildhall is not stored as a topic tag.
    expect((await t.rows('support_articles'))[0]?.tags).toBe('["Beginner"]');
    // Verified guides are part of the knowledge base: /faq search finds it.
    const found = await t.commandIn(t.channels.helpChat, sam, 'faq', 'search', { query: 'webhooks setup' });
    expect(found.reply?.content).toContain(`/${guideId}) — verified guide`);
  });

  it('refuses the author and invalid ratings, storing nothing', async () => {
    t = await openSupportCommunity();
    const [tomas, sam] = [await t.user('tomas'), await t.user('sam')];
    const guideId = await t.ask(tomas, 'Roles 101', 'How roles work.', { forumId: t.channels.guides });

    const own = await t.press(tomas, await reviewMessage(t, guideId), `support:review:${guideId}`);
    expect(own.modal).toBeNull();
    expect(own.reply).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('You wrote this guide') as string,
    });

    const bad = await review(t, sam, guideId, { ...FIVES, completeness: '7' });
    expect(bad.reply).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('“Completeness (1–5)” must be a whole number from 1 to 5') as string,
    });
    const text = await review(t, sam, guideId, { ...FIVES, accuracy: 'x' });
    expect(text.reply?.content).toContain('“Accuracy (1–5)” must be a whole number');
    expect(await t.rows('support_reviews')).toEqual([]);
    expect(await t.emitted('support.guide_reviewed')).toEqual([]);
  });

  it('does not verify a guide whose reviews average below the minimum', async () => {
    t = await openSupportCommunity();
    const [tomas, sam, kenji, lena] = [
      await t.user('tomas'),
      await t.user('sam'),
      await t.user('kenji'),
      await t.user('lena'),
    ];
    const guideId = await t.ask(tomas, 'Quick tips', 'Some tips.', { forumId: t.channels.guides });
    const low = { accuracy: '2', clarity: '3', completeness: '2', usefulness: '3' };
    for (const reviewer of [sam, kenji, lena]) await review(t, reviewer, guideId, low);
    expect((await t.rows('support_articles'))[0]?.status).toBe('in_review');
    expect(await t.emitted('support.guide_verified')).toEqual([]);
    expect((await t.thread(guideId)).appliedTags).toEqual([]);
  });
});

import type { ActionRow } from '../../src/platform/Platform.js';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { castVote } from '../../src/modules/feedback/voting/castVote.js';
import { cardOf, inFeedbackUnit, itemNumber, pressCard, setStatus, submitItem } from './lifecycleFixture.js';

const labels = (components: ActionRow[]) =>
  components.flatMap((row) => row.components.map((c) => (c.kind === 'button' ? c.label : c.kind)));

describe(`feedback voting (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('counts one vote per member: the same button withdraws, the other switches; voters follow', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji, lena] = [await f.user('sam'), await f.user('kenji'), await f.user('lena')];
    const item = await submitItem(f, sam, 'feature', 'Export my stats');

    expect((await pressCard(f, kenji, item, 'up')).reply).toEqual({
      content: `Voted 👍 on #${item.number} (👍 1 · 👎 0). You follow it: you will be told when its status changes.`,
      ephemeral: true,
    });
    await pressCard(f, lena, item, 'up');
    expect((await pressCard(f, kenji, item, 'down')).reply?.content).toBe(
      `Vote changed to 👎 on #${item.number} (👍 1 · 👎 1). You follow it: you will be told when its status changes.`,
    );
    expect(await itemNumber(f, item.number)).toMatchObject({ up_votes: 1, down_votes: 1 });
    expect(labels((await cardOf(f, item)).components)).toEqual(['👍 1', '👎 1', 'Follow']);
    expect((await f.rows('feedback_followers')).map((r) => [r.user_id, r.reason]).sort()).toEqual(
      [
        [sam, 'author'],
        [kenji, 'voter'],
        [lena, 'voter'],
      ].sort(),
    );

    expect((await pressCard(f, kenji, item, 'down')).reply?.content).toBe(
      `Your vote on #${item.number} is withdrawn (👍 1 · 👎 0).`,
    );
    expect(await itemNumber(f, item.number)).toMatchObject({ up_votes: 1, down_votes: 0 });
    const card = await cardOf(f, item);
    expect(labels(card.components)).toEqual(['👍 1', '👎 0', 'Follow']);
    expect(card.embeds[0]?.fields?.find((x) => x.name === 'Votes')?.value).toBe('👍 1 · 👎 0');
    expect((await f.rows('feedback_votes')).map((v) => [v.user_id, v.value])).toEqual([[lena, 1]]);
    expect((await f.rows('feedback_followers')).map((r) => r.user_id).sort()).toEqual([sam, lena].sort());
    expect(await f.emitted('feedback.voted')).toEqual([
      { itemId: item.id, userId: kenji, value: 1, previous: 0 },
      { itemId: item.id, userId: lena, value: 1, previous: 0 },
      { itemId: item.id, userId: kenji, value: -1, previous: 1 },
      { itemId: item.id, userId: kenji, value: 0, previous: -1 },
    ]);
  });

  it('refuses votes on closed items and on types that take none', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji, noor] = [await f.user('sam'), await f.user('kenji'), await f.user('noor')];
    const bug = await submitItem(f, sam, 'bug', 'Avatar upload fails');
    expect(labels((await cardOf(f, bug)).components)).toEqual(['Follow']);
    expect((await pressCard(f, kenji, bug, 'follow')).reply?.content).toContain(`You follow #${bug.number}`);
    const idea = await submitItem(f, sam, 'suggestion', 'Monthly AMA');
    await setStatus(f, noor, idea.number, 'declined');
    const declined = await itemNumber(f, idea.number);
    expect((await cardOf(f, declined)).components).toEqual([]);
    // A card seen before the change (Discord lets a member press what their client still shows).
    const outcomes: unknown[] = [];
    await inFeedbackUnit(f, async (ctx) => {
      outcomes.push(await castVote(ctx, declined, kenji, 1, 'stale-press'));
      outcomes.push(await castVote(ctx, bug, kenji, 1, 'forged-press'));
    });
    expect(outcomes).toEqual([
      { ok: false, reason: `#${idea.number} is closed: it takes no more votes.` },
      { ok: false, reason: 'This item takes no votes.' },
    ]);
    expect(await f.rows('feedback_votes')).toEqual([]);
    expect(await f.emitted('feedback.voted')).toEqual([]);
  });

  it('follows and unfollows with the Follow button and /feedback follow', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji] = [await f.user('sam'), await f.user('kenji')];
    const item = await submitItem(f, sam, 'general', 'Events calendar feedback');
    expect((await pressCard(f, kenji, item, 'follow')).reply?.content).toBe(
      `You follow #${item.number}: you will be told in its thread when its status changes (and by DM with /feedback dms allowed:true).`,
    );
    expect((await pressCard(f, kenji, item, 'follow')).reply?.content).toBe(`You no longer follow #${item.number}.`);
    expect((await f.command(kenji, 'feedback', 'follow', { item: item.number })).reply?.content).toContain(
      `You follow #${item.number}`,
    );
    expect((await f.command(kenji, 'feedback', 'follow', { item: item.number })).reply?.content).toBe(
      `You already follow #${item.number}.`,
    );
    expect((await f.rows('feedback_followers')).map((r) => [r.user_id, r.reason]).sort()).toEqual(
      [
        [sam, 'author'],
        [kenji, 'follow'],
      ].sort(),
    );
    expect((await f.command(kenji, 'feedback', 'follow', { item: item.number, stop: true })).reply?.content).toBe(
      `You no longer follow #${item.number}.`,
    );
    expect((await f.rows('feedback_followers')).map((r) => r.user_id)).toEqual([sam]);
  });
});

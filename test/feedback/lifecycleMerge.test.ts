import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { auditOf, cardOf, itemNumber, pressCard, setStatus, submitItem } from './lifecycleFixture.js';

describe(`merging duplicates (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('moves votes (one per member, the target’s kept) and followers, recounts, tells both threads', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji, lena, noor, priya] = [
      await f.user('sam'),
      await f.user('kenji'),
      await f.user('lena'),
      await f.user('noor'),
      await f.user('priya'),
    ];
    const target = await submitItem(f, sam, 'feature', 'Calendar export');
    const duplicate = await submitItem(f, kenji, 'feature', 'ICS feed please');
    await pressCard(f, lena, target, 'up');
    await pressCard(f, lena, duplicate, 'down'); // voted on both: keeps the target's 👍
    await pressCard(f, priya, duplicate, 'up'); // moves
    await f.command(priya, 'feedback', 'dms', { allowed: true });

    const answer = await f.command(noor, 'feedback-staff', 'merge', { item: duplicate.number, into: target.number });
    expect(answer.reply).toEqual({
      content: `#${duplicate.number} is merged into #${target.number} (2 votes there now).`,
      ephemeral: true,
    });
    const merged = await itemNumber(f, duplicate.number);
    const into = await itemNumber(f, target.number);
    expect(merged).toMatchObject({
      status: 'merged',
      merged_into: target.id,
      status_note: `Merged into #${target.number}`,
      up_votes: 0,
      down_votes: 0,
    });
    expect(into).toMatchObject({ status: 'new', up_votes: 2, down_votes: 0 });
    const votes = await f.rows('feedback_votes');
    expect(votes.map((v) => [v.item_id, v.user_id, v.value]).sort()).toEqual(
      [
        [target.id, lena, 1],
        [target.id, priya, 1],
      ].sort(),
    );
    const followers = await f.rows('feedback_followers');
    expect(followers.filter((r) => r.item_id === duplicate.id)).toEqual([]);
    expect(
      followers
        .filter((r) => r.item_id === target.id)
        .map((r) => [r.user_id, r.reason])
        .sort(),
    ).toEqual(
      [
        [sam, 'author'],
        [lena, 'voter'],
        [kenji, 'merged'],
        [priya, 'merged'],
      ].sort(),
    );

    const dupCard = await cardOf(f, merged);
    expect(dupCard.components).toEqual([]);
    expect(dupCard.embeds[0]?.fields?.find((x) => x.name === 'Status')?.value).toBe('Merged');
    const targetCard = await cardOf(f, into);
    expect(targetCard.components[0]?.components.map((c) => (c.kind === 'button' ? c.label : c.kind))).toEqual([
      '👍 2',
      '👎 0',
      'Follow',
    ]);

    const targetLink = `https://discord.com/channels/${f.guildId}/${into.thread_id}`;
    const dupThread = await f.messagesIn(merged.thread_id ?? '');
    expect(dupThread.at(-1)?.content).toBe(
      `This is a duplicate: merged into **#${target.number} Calendar export** (${targetLink}). Its votes and followers moved there.`,
    );
    const targetThread = await f.messagesIn(into.thread_id ?? '');
    const notice = targetThread.at(-1);
    expect(notice?.content).toBe(
      `**#${duplicate.number} ICS feed please** was merged into this item (1 vote moved). You follow it from now on:\n<@${kenji}> <@${priya}>`,
    );
    expect(notice?.pinged.userIds.sort()).toEqual([kenji, priya].sort());
    const dms = await f.c.sandbox.listDirectMessages(priya);
    expect(dms.map((d) => d.content)).toEqual([
      `**#${duplicate.number} ICS feed please**, which you follow, was merged into **#${target.number} Calendar export**; you follow that one from now on.\n${targetLink}`,
    ]);
    expect(await f.c.sandbox.listDirectMessages(kenji)).toEqual([]);

    expect(await f.emitted('feedback.merged')).toEqual([
      { itemId: duplicate.id, intoId: target.id, by: noor, votesMoved: 1 },
    ]);
    expect((await auditOf(f, 'feedback.merge')).map((a) => [a.actor, a.target, a.details.into])).toEqual([
      [`discord:${noor}`, `#${duplicate.number}`, target.number],
    ]);
    const history = await f.rows('feedback_history');
    expect(history.map((h) => [h.item_id, h.from_status, h.to_status])).toEqual([[duplicate.id, 'new', 'merged']]);

    // The merged item now tells followers of the target's changes.
    await setStatus(f, noor, target.number, 'planned');
    const planned = (await f.messagesIn(into.thread_id ?? '')).at(-1);
    expect(planned?.pinged.userIds.sort()).toEqual([sam, lena, kenji, priya].sort());
  });

  it('refuses merging an item into itself, a merged item, or into a merged item; and non-staff', async () => {
    f = await openFeedbackCommunity();
    const [sam, noor, kenji] = [await f.user('sam'), await f.user('noor'), await f.user('kenji')];
    const a = await submitItem(f, sam, 'suggestion', 'Idea A');
    const b = await submitItem(f, sam, 'suggestion', 'Idea B');
    const c = await submitItem(f, sam, 'suggestion', 'Idea C');
    const merge = async (by: string, item: number, into: number) =>
      (await f.command(by, 'feedback-staff', 'merge', { item, into })).reply?.content;
    expect(await merge(kenji, a.number, b.number)).toBe('Only feedback staff can use /feedback-staff.');
    expect(await merge(noor, a.number, a.number)).toBe('An item cannot be merged into itself.');
    expect(await merge(noor, a.number, b.number)).toBe(`#${a.number} is merged into #${b.number} (0 votes there now).`);
    expect(await merge(noor, a.number, c.number)).toBe(`#${a.number} is already merged.`);
    expect(await merge(noor, c.number, a.number)).toBe(
      `#${a.number} was itself merged into another item; merge into that one.`,
    );
    expect((await setStatus(f, noor, a.number, 'planned')).reply?.content).toBe(
      `#${a.number} was merged into another item; change that one instead.`,
    );
    expect(await f.emitted('feedback.merged')).toHaveLength(1);
  });
});

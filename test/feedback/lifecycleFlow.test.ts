import { afterEach, describe, expect, it } from 'vitest';
import { changeStatus } from '../../src/modules/feedback/lifecycle/changeStatus.js';
import { testDialect } from '../testStore.js';
import { openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import {
  auditOf,
  cardOf,
  inFeedbackUnit,
  itemNumber,
  noticesIn,
  pressCard,
  setStatus,
  submitItem,
} from './lifecycleFixture.js';

const field = (embedFields: { name: string; value: string }[] | undefined, name: string) =>
  embedFields?.find((x) => x.name === name)?.value;

describe(`feedback lifecycle (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('moves an item new → triaged → planned → in progress → done, telling the author and voters each time', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji, lena, noor] = [
      await f.user('sam'),
      await f.user('kenji'),
      await f.user('lena'),
      await f.user('noor'),
    ];
    const submitted = await submitItem(f, sam, 'feature', 'Dark mode for the wiki');
    expect(submitted.status).toBe('new');
    await pressCard(f, kenji, submitted, 'up');
    await pressCard(f, lena, submitted, 'down');

    const steps = [
      { status: 'triaged', label: 'Triaged', from: 'New', note: undefined },
      { status: 'planned', label: 'Planned', from: 'Triaged', note: 'Next release' },
      { status: 'in_progress', label: 'In progress', from: 'Planned', note: undefined },
      { status: 'done', label: 'Done', from: 'In progress', note: 'Shipped in 2.4' },
    ] as const;
    for (const [index, step] of steps.entries()) {
      const answer = await setStatus(f, noor, submitted.number, step.status, step.note);
      expect(answer.reply?.content).toBe(
        `#${submitted.number} is now ${step.label}; its author and followers were told.`,
      );
      const item = await itemNumber(f, submitted.number);
      expect(item).toMatchObject({ status: step.status, status_by: noor, status_note: step.note ?? null });
      const notices = await noticesIn(f, item);
      expect(notices).toHaveLength(index + 1);
      const notice = notices[index];
      const headline = `**#${item.number} Dark mode for the wiki** is now **${step.label}** (was ${step.from}).`;
      const noteLine = step.note === undefined ? '' : `\n> ${step.note}`;
      expect(notice?.content).toBe(`${headline}${noteLine}\n<@${sam}> <@${kenji}> <@${lena}>`);
      expect(notice?.pinged.userIds.sort()).toEqual([sam, kenji, lena].sort());
      const card = await cardOf(f, item);
      expect(field(card.embeds[0]?.fields, 'Status')).toBe(step.label);
      expect(field(card.embeds[0]?.fields, 'Note')).toBe(step.note);
    }
    const done = await itemNumber(f, submitted.number);
    expect((await cardOf(f, done)).components).toEqual([]);
    const history = await f.rows('feedback_history');
    expect(history.map((h) => [h.from_status, h.to_status, h.by_id])).toEqual([
      ['new', 'triaged', noor],
      ['triaged', 'planned', noor],
      ['planned', 'in_progress', noor],
      ['in_progress', 'done', noor],
    ]);
    expect(await f.emitted('feedback.status_changed')).toEqual(
      steps.map((s, i) => ({
        itemId: submitted.id,
        number: submitted.number,
        from: i === 0 ? 'new' : steps[i - 1]?.status,
        to: s.status,
        by: noor,
      })),
    );
    const audit = await auditOf(f, 'feedback.status');
    expect(audit.map((a) => [a.actor, a.target, a.details.to])).toEqual(
      steps.map((s) => [`discord:${noor}`, `#${submitted.number}`, s.status]),
    );
  });

  it('refuses members who are not staff, and leaves the item as it was', async () => {
    f = await openFeedbackCommunity();
    const [sam, kenji] = [await f.user('sam'), await f.user('kenji')];
    const item = await submitItem(f, sam, 'bug', 'Search skips pinned posts');
    const answer = await setStatus(f, kenji, item.number, 'done');
    expect(answer.reply).toEqual({ content: 'Only feedback staff can use /feedback-staff.', ephemeral: true });
    expect((await itemNumber(f, item.number)).status).toBe('new');
    expect(await f.rows('feedback_history')).toEqual([]);
    expect(await noticesIn(f, item)).toEqual([]);
  });

  it('refuses a change to the same status, and an unknown item, clearly', async () => {
    f = await openFeedbackCommunity();
    const [sam, noor] = [await f.user('sam'), await f.user('noor')];
    const item = await submitItem(f, sam, 'general', 'The welcome page reads well');
    expect((await setStatus(f, noor, item.number, 'new')).reply?.content).toBe(`#${item.number} is already New.`);
    expect((await setStatus(f, noor, item.number + 50, 'done')).reply?.content).toBe(
      `There is no feedback item #${item.number + 50}.`,
    );
    expect(await f.emitted('feedback.status_changed')).toEqual([]);
  });

  it('changes status from the dashboard with the same rules, audited as a dashboard action', async () => {
    f = await openFeedbackCommunity();
    const [sam, noor] = [await f.user('sam'), await f.user('noor')];
    const item = await submitItem(f, sam, 'suggestion', 'Weekly game night');
    const results: unknown[] = [];
    await inFeedbackUnit(f, async (ctx) => {
      results.push(await changeStatus(ctx, f.guildId, item, 'declined', noor, '  Not this season  ', 'dashboard'));
    });
    expect(results[0]).toMatchObject({ ok: true, item: { status: 'declined', status_note: 'Not this season' } });
    expect((await auditOf(f, 'feedback.status')).map((a) => a.actor)).toEqual([`dashboard:${noor}`]);
    const declined = await itemNumber(f, item.number);
    const again: unknown[] = [];
    await inFeedbackUnit(f, async (ctx) => {
      again.push(await changeStatus(ctx, f.guildId, declined, 'declined', noor, null));
    });
    expect(again[0]).toEqual({ ok: false, reason: `#${item.number} is already Declined.` });
    expect(await noticesIn(f, declined)).toHaveLength(1);
  });
});

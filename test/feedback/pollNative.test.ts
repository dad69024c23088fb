import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { HOUR, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

describe(`polls (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('posts a native poll, members vote in it, and the close job stores and posts the final counts', async () => {
    f = await openFeedbackCommunity();
    const [noor, sam, kenji, lena] = [
      await f.user('noor'),
      await f.user('sam'),
      await f.user('kenji'),
      await f.user('lena'),
    ];
    const posted = await f.command(noor, 'poll', null, {
      question: 'Next game night?',
      answers: 'Friday; Saturday | Sunday',
      duration: '90m',
    });
    expect(posted.reply?.content).toMatch(/^Poll posted in <#\d+> \(a Discord poll\); it closes <t:\d+:R>\.$/);
    const [row] = await f.rows('feedback_polls');
    if (row?.message_id == null) throw new Error('no poll stored');
    // 90 minutes round up to Discord's whole hours.
    expect(row).toMatchObject({ native: 1, closes_at: row.opened_at + 2 * HOUR, closed_at: null });
    const poll = await f.c.sandbox.getPoll(f.channels.general, row.message_id);
    expect(poll).toMatchObject({ question: 'Next game night?', answers: ['Friday', 'Saturday', 'Sunday'] });
    expect(poll.allowMultiselect).toBe(false);
    expect((await f.pendingJobs()).map((j) => [j.key, j.run_at])).toEqual([[`poll-close:${row.id}`, row.closes_at]]);

    const vote = (userId: string, answers: number[]) =>
      f.c.sandbox.votePoll({ userId, channelId: f.channels.general, messageId: row.message_id ?? '', answers });
    await vote(sam, [1]);
    await vote(kenji, [1]);
    await vote(lena, [0]);
    await vote(lena, [2]);
    await expect(vote(sam, [0, 2])).rejects.toThrow('this poll takes one answer');

    await f.advanceBy(2 * HOUR);
    const [closed] = await f.rows('feedback_polls');
    expect(closed?.results).toBe(JSON.stringify([0, 2, 1]));
    expect(await f.emitted('feedback.poll_closed')).toEqual([{ pollId: row.id, counts: [0, 2, 1] }]);
    expect(await f.emitted('feedback.poll_opened')).toEqual([
      { pollId: row.id, channelId: f.channels.general, native: true, answers: 3 },
    ]);
    const result = (await f.messagesIn(f.channels.general)).at(-1);
    expect(result?.content).toBe(
      '📊 Poll closed: **Next game night?** (3 votes)\n▫️ Friday: 0 (0%)\n🏆 Saturday: 2 (67%)\n▫️ Sunday: 1 (33%)',
    );
    expect((await f.c.sandbox.getPoll(f.channels.general, row.message_id)).finalized).toBe(true);
    await expect(vote(sam, [0])).rejects.toThrow('this poll has ended');
    expect(await f.pendingJobs()).toEqual([]);
  });

  it('allows several answers with multiselect', async () => {
    f = await openFeedbackCommunity();
    const [noor, sam] = [await f.user('noor'), await f.user('sam')];
    await f.command(noor, 'poll', null, { question: 'Which topics?', answers: 'Art|Music|Code', multiselect: true });
    const [row] = await f.rows('feedback_polls');
    expect(row?.closes_at).toBe((row?.opened_at ?? 0) + 24 * HOUR);
    const poll = await f.c.sandbox.votePoll({
      userId: sam,
      channelId: f.channels.general,
      messageId: row?.message_id ?? '',
      answers: [0, 2],
    });
    expect(poll.counts).toEqual([1, 0, 1]);
  });

  it('refuses bad input clearly and posts nothing', async () => {
    f = await openFeedbackCommunity();
    const [noor, sam] = [await f.user('noor'), await f.user('sam')];
    const refusal = async (userId: string, options: Record<string, string>) =>
      (await f.command(userId, 'poll', null, options)).reply?.content;
    expect(await refusal(sam, { question: 'Q?', answers: 'a;b' })).toBe('Only feedback staff can post polls.');
    expect(await refusal(noor, { question: 'Q?', answers: 'only one' })).toBe(
      'Give 2 to 10 answers separated by ; or | (1 given). Nothing was posted.',
    );
    expect(
      await refusal(noor, { question: 'Q?', answers: Array.from({ length: 11 }, (_, i) => `a${i}`).join(';') }),
    ).toBe('Give 2 to 10 answers separated by ; or | (11 given). Nothing was posted.');
    expect(await refusal(noor, { question: 'Q?', answers: `yes;${'n'.repeat(56)}` })).toBe(
      `The answer “${'n'.repeat(30)}…” is 56 characters; Discord allows 55. Nothing was posted.`,
    );
    expect(await refusal(noor, { question: 'x'.repeat(301), answers: 'a;b' })).toBe(
      'The question is 301 characters; Discord allows 300. Nothing was posted.',
    );
    expect(await refusal(noor, { question: 'Q?', answers: 'a;b', duration: '40d' })).toBe(
      'The duration must be from 1h to 32d (768h), such as "2h", "24h" or "7d". Nothing was posted.',
    );
    expect(await refusal(noor, { question: 'Q?', answers: 'Yes;yes' })).toBe(
      'Two answers are the same. Nothing was posted.',
    );
    expect(await f.rows('feedback_polls')).toEqual([]);
    expect(await f.pendingJobs()).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { testDialect } from '../testStore.js';
import { HOUR, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

/** The test community on a platform without native polls (the sandbox with its poll calls taken away). */
async function withoutNativePolls(): Promise<FeedbackCommunity> {
  const f = await openFeedbackCommunity();
  Object.assign(f.c.sandbox, { endPoll: undefined, fetchPollResults: undefined });
  return f;
}

const labels = (message: SandboxMessage | undefined): string[] =>
  (message?.components ?? []).flatMap((row) => row.components.map((c) => (c.kind === 'button' ? c.label : '')));

describe(`polls with buttons where there are no native polls (${testDialect})`, () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('one vote per member, changeable and withdrawable; the close counts the stored votes', async () => {
    f = await withoutNativePolls();
    const [noor, sam, kenji, lena] = [
      await f.user('noor'),
      await f.user('sam'),
      await f.user('kenji'),
      await f.user('lena'),
    ];
    const posted = await f.command(noor, 'poll', null, {
      question: 'Stream day?',
      answers: 'Mon;Wed;Fri',
      duration: '1h',
    });
    expect(posted.reply?.content).toMatch(/^Poll posted in <#\d+>; it closes <t:\d+:R>\.$/);
    const [row] = await f.rows('feedback_polls');
    expect(row?.native).toBe(0);
    const message = (await f.messagesIn(f.channels.general)).find((m) => m.id === row?.message_id);
    expect(labels(message)).toEqual(['Mon', 'Wed', 'Fri']);
    if (message === undefined || row === undefined) throw new Error('no poll message');
    const press = async (userId: string, answer: number) =>
      (await f.press(userId, message, `feedback:poll:${row.id}:${answer}`)).reply?.content;

    expect(await press(sam, 0)).toBe('You voted “Mon”.');
    expect(await press(sam, 2)).toBe('Your vote is now “Fri”.');
    expect(await press(kenji, 2)).toBe('You voted “Fri”.');
    expect(await press(lena, 1)).toBe('You voted “Wed”.');
    expect(await press(lena, 1)).toBe('Your vote for “Wed” is withdrawn.');

    await f.advanceBy(HOUR);
    const closed = (await f.rows('feedback_polls'))[0];
    expect(closed?.results).toBe(JSON.stringify([0, 0, 2]));
    expect(await f.emitted('feedback.poll_closed')).toEqual([{ pollId: row.id, counts: [0, 0, 2] }]);
    const after = await f.messagesIn(f.channels.general);
    expect(after.find((m) => m.id === message.id)?.components).toEqual([]);
    expect(after.at(-1)?.content).toBe(
      '📊 Poll closed: **Stream day?** (2 votes)\n▫️ Mon: 0 (0%)\n▫️ Wed: 0 (0%)\n🏆 Fri: 2 (100%)',
    );
  });

  it('with multiselect each button toggles its answer', async () => {
    f = await withoutNativePolls();
    const [noor, sam] = [await f.user('noor'), await f.user('sam')];
    await f.command(noor, 'poll', null, { question: 'Snacks?', answers: 'Chips|Fruit', multiselect: true });
    const [row] = await f.rows('feedback_polls');
    const message = (await f.messagesIn(f.channels.general)).find((m) => m.id === row?.message_id);
    if (message === undefined || row === undefined) throw new Error('no poll message');
    await f.press(sam, message, `feedback:poll:${row.id}:0:m`);
    await f.press(sam, message, `feedback:poll:${row.id}:1:m`);
    expect((await f.rows('feedback_poll_votes')).map((v) => v.answer).sort()).toEqual([0, 1]);
  });
});

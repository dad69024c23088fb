import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { DAY, HOUR, MINUTE, SUPPORT_SECTION, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

let t: SupportCommunity | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** No escalation tiers: the tests look at the thread only. */
const QUIET = { ...SUPPORT_SECTION, tiers: [] };

const reminders = async (c: SupportCommunity, threadId: string) =>
  (await c.messagesIn(threadId)).filter((m) => m.content.includes('Mark as solution'));

const question = async (c: SupportCommunity, id: string) => {
  const row = (await c.rows('support_questions')).find((q) => q.id === id);
  if (row === undefined) throw new Error(`no question ${id}`);
  return row;
};

describe(`nudges (${testDialect})`, () => {
  it('reminds the asker once, mentioning only them, after 24 h of quiet following an answer', async () => {
    t = await openSupportCommunity(QUIET);
    const [sam, lena] = [await t.user('sam'), await t.user('lena')];
    const q = await t.ask(sam, 'Cannot upload avatar', 'The button is grey.');
    await t.advanceBy(HOUR);
    await t.post(lena, q, 'Images must be under 8 MB.');
    const answeredAt = t.now();

    await t.advanceTo(answeredAt + 24 * HOUR - MINUTE);
    expect(await reminders(t, q)).toEqual([]);
    await t.advanceTo(answeredAt + 24 * HOUR);
    const [reminder] = await reminders(t, q);
    expect(reminder?.pinged).toEqual({ userIds: [sam], roleIds: [] });
    expect(reminder?.content).toContain('/solved');
    expect(reminder?.content).toContain('Apps');
    expect((await question(t, q)).nudged_at).toBe(answeredAt + 24 * HOUR);
    expect(await t.emitted('support.nudged')).toEqual([{ questionId: q, askerId: sam }]);

    // Once: more quiet, or a new answer, brings no second reminder.
    await t.post(lena, q, 'Or try another browser.');
    await t.advanceBy(3 * DAY);
    expect(await reminders(t, q)).toHaveLength(1);
  });

  it('waits while the asker spoke last, and counts from the latest answer', async () => {
    t = await openSupportCommunity(QUIET);
    const [kenji, lena] = [await t.user('kenji'), await t.user('lena')];
    const q = await t.ask(kenji, 'Voice keeps dropping', 'Every few minutes.');
    await t.post(lena, q, 'Which region is the server in?');
    await t.advanceBy(10 * HOUR);
    await t.post(kenji, q, 'Europe, and it still drops.');
    // The asker spoke last: no reminder, however long nobody answers.
    await t.advanceBy(30 * HOUR);
    expect(await reminders(t, q)).toEqual([]);
    await t.post(lena, q, 'Switch the region to Rotterdam.');
    const answeredAt = t.now();
    await t.advanceTo(answeredAt + 24 * HOUR - MINUTE);
    expect(await reminders(t, q)).toEqual([]);
    await t.advanceTo(answeredAt + 24 * HOUR);
    expect(await reminders(t, q)).toHaveLength(1);
  });

  it('never reminds the asker of a solved question', async () => {
    t = await openSupportCommunity(QUIET);
    const [sam, lena] = [await t.user('sam'), await t.user('lena')];
    const q = await t.ask(sam, 'Where are the logs?', 'I need them for a bug report.');
    const answer = await t.post(lena, q, 'In the Settings → Advanced tab.');
    await t.messageCommand(sam, 'Mark as solution', answer);
    expect((await question(t, q)).status).toBe('solved');
    await t.advanceBy(10 * DAY);
    expect(await reminders(t, q)).toEqual([]);
    expect(await t.emitted('support.dormant')).toEqual([]);
  });

  it('an unsolved question without messages for 7 days goes dormant: notice, archived, once', async () => {
    t = await openSupportCommunity(QUIET);
    const [sam, lena] = [await t.user('sam'), await t.user('lena')];
    const q = await t.ask(sam, 'Emoji upload fails', 'Error 50045.');
    await t.advanceBy(3 * DAY);
    // Activity moves the time: 7 days after this message, not after the question.
    await t.post(lena, q, 'Is the file over 256 KB?');
    const lastAt = t.now();
    await t.advanceTo(lastAt + 7 * DAY - MINUTE);
    expect((await question(t, q)).status).toBe('answered');
    await t.advanceTo(lastAt + 7 * DAY);

    const row = await question(t, q);
    expect({ status: row.status, archived_at: row.archived_at }).toEqual({
      status: 'dormant',
      archived_at: lastAt + 7 * DAY,
    });
    expect((await t.thread(q)).archived).toBe(true);
    const notices = (await t.messagesIn(q)).filter((m) => m.content.includes('quiet for 7 days'));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.pinged).toEqual({ userIds: [], roleIds: [] });
    expect(await t.emitted('support.dormant')).toEqual([{ questionId: q, idleMs: 7 * DAY }]);
    await t.advanceBy(10 * DAY);
    expect(await t.emitted('support.dormant')).toHaveLength(1);
  });

  it('a question reopened by a new message (questions/ reopens it) can go dormant again later', async () => {
    t = await openSupportCommunity(QUIET);
    const [sam, lena] = [await t.user('sam'), await t.user('lena')];
    const q = await t.ask(sam, 'Slash commands missing', 'None show up.');
    await t.advanceBy(7 * DAY);
    expect((await question(t, q)).status).toBe('dormant');

    await t.post(lena, q, 'Re-invite the bot with the applications.commands scope.');
    // Reopened by questions/ (its status is theirs); the wait starts again from this message.
    expect((await question(t, q)).status).toBe('answered');
    const lastAt = t.now();
    await t.advanceTo(lastAt + 7 * DAY);
    expect((await question(t, q)).status).toBe('dormant');
    expect(await t.emitted('support.dormant')).toHaveLength(2);
  });

  it('schedules nothing without questions', async () => {
    t = await openSupportCommunity(QUIET);
    await t.post(await t.user('sam'), t.channels.staffSupport, 'Not a question channel.');
    expect(await t.pendingJobs()).toEqual([]);
  });
});

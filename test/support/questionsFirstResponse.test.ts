import { afterEach, describe, expect, it } from 'vitest';
import { supportDb } from '../../src/modules/support/SupportTables.js';
import { testDialect } from '../testStore.js';
import { MINUTE, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

describe(`questions: first response, participants, activity (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('the first reply by a human who is not the asker is the first response (bots and the asker excluded)', async () => {
    t = await openSupportCommunity();
    const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
    const robot = await t.c.sandbox.addMember({ username: 'helperbot', bot: true });
    await t.c.settle();
    const askedAt = t.now();
    const id = await t.ask(sam, 'Webhook 401', 'My webhook answers 401.', { tags: ['Bots'] });

    await t.advanceBy(5 * MINUTE);
    await t.post(sam, id, 'Any idea?');
    await t.post(robot.userId, id, 'Beep: have you read the FAQ?');
    let [question] = await t.rows('support_questions');
    expect(question).toMatchObject({ status: 'open', answers: 0, first_response_at: null, last_asker_at: t.now() });
    expect(question?.escalate_at).not.toBeNull();

    await t.advanceBy(10 * MINUTE);
    const reply = await t.post(kenji, id, 'Check the token scope.');
    [question] = await t.rows('support_questions');
    expect(question).toMatchObject({
      status: 'answered',
      answers: 1,
      first_response_at: t.now(),
      first_responder_id: kenji,
      first_response_message_id: reply.id,
      answered_by: 'community',
      escalate_at: null,
      last_activity_at: t.now(),
      last_asker_at: askedAt + 5 * MINUTE,
    });
    expect(await t.emitted('support.first_response')).toEqual([
      { questionId: id, responderId: kenji, answeredBy: 'community', responseMs: 15 * MINUTE, tags: ['Bots'] },
    ]);

    // Later answers count, and never make another first response.
    await t.advanceBy(MINUTE);
    await t.post(kenji, id, 'And regenerate it.');
    await t.post(await t.user('noor'), id, 'Moderator here: that fixes it.');
    [question] = await t.rows('support_questions');
    expect(question).toMatchObject({ answers: 3, first_responder_id: kenji, answered_by: 'community' });
    expect(await t.emitted('support.first_response')).toHaveLength(1);
    const participants = (await t.rows('support_participants')).sort((a, b) => a.first_at - b.first_at);
    expect(participants).toMatchObject([
      { question_id: id, user_id: kenji, staff: 0, messages: 2, first_at: askedAt + 15 * MINUTE, last_at: t.now() },
      { question_id: id, user_id: await t.user('noor'), staff: 1, messages: 1 },
    ]);
  });

  it('a staff member answering first makes it a staff answer', async () => {
    t = await openSupportCommunity();
    const id = await t.ask(await t.user('priya'), 'Refund?', 'Can I get a refund?', { tags: ['Billing'] });
    await t.post(await t.user('noor'), id, 'Yes, write to billing@.');
    expect((await t.rows('support_questions'))[0]).toMatchObject({ answered_by: 'staff', status: 'answered' });
    expect(await t.emitted('support.first_response')).toMatchObject([{ answeredBy: 'staff', responseMs: 0 }]);
  });

  it('a message in a dormant question reopens it', async () => {
    t = await openSupportCommunity();
    const [sam, lena] = [await t.user('sam'), await t.user('lena')];
    const id = await t.ask(sam, 'Voice lag', 'Voice lags every evening.');
    await t.post(lena, id, 'Which region?');
    // The nudges part makes questions dormant; here the row is set as it would leave it.
    await supportDb(t.c.store.db)
      .updateTable('support_questions')
      .set({ status: 'dormant', archived_at: t.now() })
      .where('id', '=', id)
      .execute();
    await t.advanceBy(MINUTE);
    await t.post(sam, id, 'Europe. Still happening.');
    expect((await t.rows('support_questions'))[0]).toMatchObject({ status: 'answered', archived_at: null });

    // An unanswered dormant question goes back to open, and the reply then answers it.
    const other = await t.ask(sam, 'Emoji upload', 'Emoji upload fails.');
    await supportDb(t.c.store.db)
      .updateTable('support_questions')
      .set({ status: 'dormant', archived_at: t.now() })
      .where('id', '=', other)
      .execute();
    await t.post(lena, other, 'Is the file under 256 KB?');
    const reopened = (await t.rows('support_questions')).find((q) => q.id === other);
    expect(reopened).toMatchObject({ status: 'answered', archived_at: null, first_responder_id: lena });
  });
});

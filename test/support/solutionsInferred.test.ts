import { afterEach, describe, expect, it } from 'vitest';
import { saysThanks } from '../../src/modules/support/solutions/thanksWords.js';
import { testDialect } from '../testStore.js';
import { HOUR, MINUTE, SUPPORT_SECTION, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

const WORDS = ['thanks', 'thank you', 'thx', 'ty', 'that worked', 'it works', 'solved', 'fixed it'];

describe('saysThanks: whole words and phrases, any case', () => {
  it.each([
    ['Thanks!', true],
    ['ok THANK   YOU so much', true],
    ['ty', true],
    ['yes, that worked :)', true],
    ['happy thanksgiving', false],
    ['pretty sure it is broken', false],
    ['unsolved still', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(saysThanks(text, WORDS)).toBe(expected);
  });
});

describe(`solutions: inferred from the asker's thanks (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('suggests the message thanked to the asker after they go quiet; the button marks it', async () => {
    t = await openSupportCommunity();
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    const id = await t.ask(sam, 'Slash commands missing', 'My slash commands do not show up.');
    const answer = await t.post(kenji, id, 'Re-invite the bot with the applications.commands scope.');
    await t.post(lena, id, 'Or wait an hour for global commands.');
    await t.advanceBy(5 * MINUTE);
    await t.post(sam, id, 'Thanks, that worked!', answer.id);
    expect(await t.messagesIn(id)).toEqual([]);

    await t.advanceBy(2 * HOUR);
    const [suggestion, ...more] = await t.messagesIn(id);
    expect(more).toEqual([]);
    expect(suggestion?.content).toContain(`<@${sam}>, did <@${kenji}>'s answer solve it?`);
    expect(suggestion?.content).toContain(`https://discord.com/channels/${t.guildId}/${id}/${answer.id}`);
    expect(suggestion?.pinged).toEqual({ userIds: [sam], roleIds: [] });
    expect(suggestion?.components).toEqual([
      {
        components: [
          {
            kind: 'button',
            customId: `support:solve:${id}:${answer.id}`,
            label: '✅ Mark as solution',
            style: 'success',
          },
        ],
      },
    ]);
    expect(await t.emitted('support.solution_suggested')).toEqual([
      { questionId: id, messageId: answer.id, authorId: kenji },
    ]);
    // Suggested, never applied.
    expect((await t.rows('support_questions'))[0]).toMatchObject({
      status: 'answered',
      suggested_message_id: answer.id,
      suggested_at: t.now(),
    });

    // Someone else may not press it; the asker may.
    const button = `support:solve:${id}:${answer.id}`;
    expect((await t.press(await t.user('priya'), suggestion!, button)).reply?.content).toContain(
      'Only the person who asked',
    );
    const pressed = await t.press(sam, suggestion!, button);
    expect(pressed.reply?.content).toContain('Marked as solved');
    expect((await t.rows('support_questions'))[0]).toMatchObject({
      status: 'solved',
      solved_via: 'button',
      solution_message_id: answer.id,
      solution_author_id: kenji,
    });
  });

  it('without a reply, the latest message by another member is suggested', async () => {
    t = await openSupportCommunity();
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    const id = await t.ask(sam, 'Audit log', 'Where is the audit log?');
    await t.post(kenji, id, 'Server Settings.');
    await t.advanceBy(MINUTE);
    const latest = await t.post(lena, id, 'Server Settings → Audit Log, needs View Audit Log.');
    await t.advanceBy(MINUTE);
    await t.post(sam, id, 'ty');
    await t.advanceBy(2 * HOUR);
    expect(await t.emitted('support.solution_suggested')).toEqual([
      { questionId: id, messageId: latest.id, authorId: lena },
    ]);
  });

  it('nothing is suggested when the asker posts again, the question is solved, or nobody answered', async () => {
    t = await openSupportCommunity();
    const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
    // The asker keeps talking after thanking.
    const q1 = await t.ask(sam, 'Q1', 'First');
    await t.post(kenji, q1, 'Try this.');
    await t.post(sam, q1, 'thanks!');
    await t.advanceBy(30 * MINUTE);
    await t.post(sam, q1, 'Hmm, it broke again.');
    // Solved before the suggestion is due.
    const q2 = await t.ask(sam, 'Q2', 'Second');
    const a2 = await t.post(kenji, q2, 'Do that.');
    await t.post(sam, q2, 'Thank you');
    await t.messageCommand(sam, 'Mark as solution', a2);
    // Unanswered: thanks in advance does not count.
    const q3 = await t.ask(sam, 'Q3', 'Third');
    await t.post(sam, q3, 'Thanks in advance');
    await t.advanceBy(3 * HOUR);
    expect(await t.emitted('support.solution_suggested')).toEqual([]);
    expect((await t.messagesIn(q1)).filter((m) => m.content.includes('solve it?'))).toEqual([]);
  });

  it('inferFromThanks off: nothing is scheduled', async () => {
    t = await openSupportCommunity({ ...SUPPORT_SECTION, solutions: { inferFromThanks: false } });
    const [sam, kenji] = [await t.user('sam'), await t.user('kenji')];
    const id = await t.ask(sam, 'Q', 'Question');
    await t.post(kenji, id, 'Answer');
    await t.post(sam, id, 'thanks');
    expect((await t.pendingJobs()).filter((j) => j.name === 'suggestSolution')).toEqual([]);
  });
});

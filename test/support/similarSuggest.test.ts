import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { MINUTE, openSupportCommunity, SUPPORT_SECTION, type SupportCommunity } from './supportCommunity.js';

const SUGGESTION = 'may already have an answer';

/** A question asked by `asker`, answered by `helper` and marked solved by the asker. */
async function solvedQuestion(t: SupportCommunity, asker: string, helper: string, title: string, body: string) {
  const id = await t.ask(asker, title, body);
  const answer = await t.post(helper, id, 'Here is what fixed it for me.');
  const outcome = await t.messageCommand(asker, 'Mark as solution', answer);
  expect(outcome.reply?.content).toContain('Marked as solved');
  await t.advanceBy(MINUTE);
  return id;
}

/** The seeded members the tests use, by name. */
const members = async (t: SupportCommunity) => ({
  sam: await t.user('sam'),
  kenji: await t.user('kenji'),
  lena: await t.user('lena'),
  tomas: await t.user('tomas'),
  priya: await t.user('priya'),
});

const suggestionsIn = async (t: SupportCommunity, threadId: string) =>
  (await t.messagesIn(threadId)).filter((m) => m.content.includes(SUGGESTION));

describe(`similar questions: suggestions in a new question (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('suggests a similar solved question once, with a link and the solved marker; nothing for an unrelated one', async () => {
    t = await openSupportCommunity();
    const { sam, kenji, lena, priya } = await members(t);
    const slash = await solvedQuestion(
      t,
      sam,
      lena,
      'Bot does not respond to slash commands',
      'I invited the bot but none of its slash commands respond, the interaction fails after 3 seconds.',
    );
    await solvedQuestion(
      t,
      kenji,
      lena,
      'How do I change the billing plan?',
      'I want to move from the monthly plan to yearly billing.',
    );

    const fresh = await t.ask(
      priya,
      'Slash commands of my bot do not respond',
      'My bot is online but its slash commands never respond: "The application did not respond".',
    );
    const [message, ...more] = await suggestionsIn(t, fresh);
    expect(more).toEqual([]);
    expect(message?.content).toContain(
      `[Bot does not respond to slash commands](https://discord.com/channels/${t.guildId}/${slash}) — solved`,
    );
    expect(message?.content).not.toContain('billing');
    const suggestions = (await t.rows('support_suggestions')).filter((r) => r.question_id === fresh);
    expect(suggestions).toMatchObject([{ suggested_id: slash, rank: 1 }]);
    expect(suggestions[0]?.score).toBeGreaterThanOrEqual(0.35);
    const question = (await t.rows('support_questions')).find((q) => q.id === fresh);
    expect(question?.suggested_similar_at).toBe(t.now());
    expect(await t.emitted('support.similar_suggested')).toEqual([{ questionId: fresh, suggestedIds: [slash] }]);

    // More messages from the asker do not suggest again.
    await t.post(priya, fresh, 'My bot does not respond to slash commands, any idea?');
    expect(await suggestionsIn(t, fresh)).toHaveLength(1);

    // Unrelated: nothing posted, nothing stored.
    const unrelated = await t.ask(
      kenji,
      'Where is the meetup this Friday?',
      'Is it at the library or the cafe downtown?',
    );
    expect(await suggestionsIn(t, unrelated)).toEqual([]);
    expect((await t.rows('support_suggestions')).filter((r) => r.question_id === unrelated)).toEqual([]);
    expect((await t.rows('support_questions')).find((q) => q.id === unrelated)?.suggested_similar_at).toBeNull();
  });

  it('suggests at most `similar.max` questions, best first, and only solved ones', async () => {
    t = await openSupportCommunity({ ...SUPPORT_SECTION, similar: { max: 3, minScore: 0.05 } });
    const { sam, kenji, lena, tomas, priya } = await members(t);
    const solved = [
      await solvedQuestion(
        t,
        sam,
        lena,
        'Webhook to GitHub fails',
        'The GitHub webhook returns 401 when posting to the channel.',
      ),
      await solvedQuestion(
        t,
        kenji,
        lena,
        'GitHub webhook 401 error',
        'Posting the GitHub webhook gives a 401 unauthorized error.',
      ),
      await solvedQuestion(
        t,
        tomas,
        lena,
        'Webhook unauthorized',
        'Our webhook gets unauthorized 401 from the GitHub integration.',
      ),
      await solvedQuestion(t, priya, lena, 'Webhook avatar', 'How do I set the avatar of a webhook?'),
    ];
    // Similar but unsolved: never suggested.
    const open = await t.ask(sam, 'GitHub webhook 401 unauthorized again', 'The GitHub webhook says 401 unauthorized.');

    const fresh = await t.ask(kenji, 'GitHub webhook returns 401', 'Our GitHub webhook fails with 401 unauthorized.');
    const rows = (await t.rows('support_suggestions'))
      .filter((r) => r.question_id === fresh)
      .sort((a, b) => a.rank - b.rank);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.suggested_id).every((id) => solved.slice(0, 3).includes(id))).toBe(true);
    expect(rows.map((r) => r.suggested_id)).not.toContain(open);
    expect(rows[0]?.score).toBeGreaterThanOrEqual(rows[2]?.score ?? 1);
    const [message] = await suggestionsIn(t, fresh);
    expect(message?.content.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(3);
  });

  it('keeps the index in step: a question solved later is found, also after a restart', async () => {
    t = await openSupportCommunity(SUPPORT_SECTION, { restartable: true });
    const { sam, kenji, lena } = await members(t);
    const first = await t.ask(sam, 'Music bot lags in voice', 'The music bot stutters and lags in the voice channel.');
    expect(await suggestionsIn(t, first)).toEqual([]);
    const answer = await t.post(lena, first, 'Lower the bitrate of the voice channel.');
    await t.messageCommand(sam, 'Mark as solution', answer);

    t = await t.restart();
    const second = await t.ask(kenji, 'Voice music bot lagging', 'Our music bot lags and stutters in voice.');
    const [message] = await suggestionsIn(t, second);
    expect(message?.content).toContain(`/${first}) — solved`);
  });

  it('does nothing when turned off', async () => {
    t = await openSupportCommunity({ ...SUPPORT_SECTION, similar: { enabled: false } });
    const { sam, kenji, lena } = await members(t);
    await solvedQuestion(t, sam, lena, 'Bot does not respond to slash commands', 'Slash commands of the bot fail.');
    const fresh = await t.ask(kenji, 'Slash commands do not respond', 'The bot slash commands fail.');
    expect(await suggestionsIn(t, fresh)).toEqual([]);
    expect(await t.rows('support_suggestions')).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { HOUR, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

const link = (t: SupportCommunity, threadId: string, messageId: string) =>
  `https://discord.com/channels/${t.guildId}/${threadId}/${messageId}`;

describe(`solutions: marking and reopening (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('the asker marks an answer with "Mark as solution": solved tag, confirmation, credits, archive job', async () => {
    t = await openSupportCommunity();
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    const askedAt = t.now();
    const id = await t.ask(sam, 'Build fails', 'SyntaxError when building.', { tags: ['Setup'] });
    await t.post(kenji, id, 'Which Node version?');
    await t.advanceBy(HOUR);
    const answer = await t.post(lena, id, 'You need Node 20: `nvm install 20`.');

    const outcome = await t.messageCommand(sam, 'Mark as solution', answer);
    expect(outcome.reply).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('Marked as solved') as string,
    });
    const [question] = await t.rows('support_questions');
    expect(question).toMatchObject({
      status: 'solved',
      solved_at: t.now(),
      solution_message_id: answer.id,
      solution_author_id: lena,
      solved_by_id: sam,
      solved_via: 'context_menu',
      archive_at: t.now() + HOUR,
      escalate_at: null,
    });
    const thread = await t.thread(id);
    expect(new Set(thread.appliedTags)).toEqual(
      new Set([await t.tagId(t.channels.help, 'Setup'), await t.tagId(t.channels.help, 'Solved')]),
    );
    const [confirmation, ...more] = await t.messagesIn(id);
    expect(more).toEqual([]);
    expect(confirmation?.content).toContain(`Marked as solved by <@${sam}>`);
    expect(confirmation?.content).toContain(link(t, id, answer.id));
    expect(await t.emitted('support.solved')).toEqual([
      {
        questionId: id,
        askerId: sam,
        messageId: answer.id,
        solutionAuthorId: lena,
        markedBy: sam,
        via: 'context_menu',
        resolutionMs: t.now() - askedAt,
        answeredBy: 'community',
        tags: ['Setup'],
      },
    ]);
    expect(await t.emitted('contribution.recorded')).toEqual([
      { userId: lena, kind: 'helpful_answer', sourceId: `support:solution:${id}`, channelId: id },
      { userId: kenji, kind: 'question_answered', sourceId: `support:first:${id}`, channelId: id },
    ]);
    expect((await t.pendingJobs()).filter((j) => j.name === 'archiveSolved')).toEqual([
      { key: `support:archive:${id}:${t.now() + HOUR}`, name: 'archiveSolved', run_at: t.now() + HOUR },
    ]);

    // Marking again is refused; the tag stays, nothing is posted twice.
    const again = await t.messageCommand(sam, 'Mark as solution', answer);
    expect(again.reply?.content).toContain('already solved');
    expect(await t.messagesIn(id)).toHaveLength(1);
    expect(await t.emitted('support.solved')).toHaveLength(1);
  });

  it('refuses members who may not mark, bot messages, and places that are not questions', async () => {
    t = await openSupportCommunity();
    const [sam, kenji, priya] = [await t.user('sam'), await t.user('kenji'), await t.user('priya')];
    const id = await t.ask(sam, 'Roles', 'How do I add a role?');
    const answer = await t.post(kenji, id, 'Server Settings → Roles.');

    const stranger = await t.messageCommand(priya, 'Mark as solution', answer);
    expect(stranger.reply).toMatchObject({
      ephemeral: true,
      content: expect.stringContaining('Only the person who asked') as string,
    });

    const elsewhere = await t.post(sam, t.c.channel('general').id, 'hello');
    const notQuestion = await t.messageCommand(sam, 'Mark as solution', elsewhere);
    expect(notQuestion.reply?.content).toContain("not a question's thread");
    const slashElsewhere = await t.commandIn(t.c.channel('general').id, sam, 'solved', null);
    expect(slashElsewhere.reply?.content).toContain("not a question's thread");

    // The bot's own message (the confirmation of another question) cannot be the solution.
    const other = await t.ask(sam, 'Webhooks', 'How do webhooks work?');
    await t.messageCommand(sam, 'Mark as solution', await t.post(kenji, other, 'Like this.'));
    const [botMessage] = await t.messagesIn(other);
    await t.commandIn(other, sam, 'unsolved', null);
    const byBot = await t.messageCommand(sam, 'Mark as solution', botMessage!);
    expect(byBot.reply?.content).toContain("A bot's message cannot be the solution");
    const byBotId = await t.commandIn(other, sam, 'solved', null, { answer: botMessage!.id });
    expect(byBotId.reply?.content).toContain("A bot's message cannot be the solution");
    // A message of another thread, by id or by link.
    const otherThread = await t.commandIn(other, sam, 'solved', null, { answer: answer.id });
    expect(otherThread.reply?.content).toContain("not in this question's thread");
    const otherLink = await t.commandIn(other, sam, 'solved', null, { answer: link(t, id, answer.id) });
    expect(otherLink.reply?.content).toContain("not in this question's thread");

    const badLink = await t.commandIn(id, sam, 'solved', null, { answer: 'not a link' });
    expect(badLink.reply?.content).toContain('message link');
    expect((await t.rows('support_questions')).find((q) => q.id === id)?.status).toBe('answered');
  });

  it('a helper marks with /solved and a link; staff with /solved helper; the asker marking their own message credits nobody for it', async () => {
    t = await openSupportCommunity();
    const ids = {
      sam: await t.user('sam'),
      kenji: await t.user('kenji'),
      lena: await t.user('lena'),
      noor: await t.user('noor'),
      priya: await t.user('priya'),
    };
    // A helper (lena holds Helper) marks kenji's answer on sam's question with a message link.
    const q1 = await t.ask(ids.sam, 'Q1', 'First question');
    const a1 = await t.post(ids.kenji, q1, 'Answer one');
    const byHelper = await t.commandIn(q1, ids.lena, 'solved', null, { answer: link(t, q1, a1.id) });
    expect(byHelper.reply?.content).toContain('Marked as solved');
    // Staff (noor) names the helper without a message.
    const q2 = await t.ask(ids.priya, 'Q2', 'Second question');
    await t.post(ids.kenji, q2, 'Try restarting.');
    const byStaff = await t.commandIn(q2, ids.noor, 'solved', null, { helper: ids.kenji });
    expect(byStaff.reply?.content).toContain('Marked as solved');
    // The asker marks their own follow-up: no helpful answer, but the first responder is credited.
    const q3 = await t.ask(ids.sam, 'Q3', 'Third question');
    await t.post(ids.lena, q3, 'Did you check the logs?');
    const own = await t.post(ids.sam, q3, 'Found it myself: a typo in the config.');
    await t.messageCommand(ids.sam, 'Mark as solution', own);

    const rows = new Map((await t.rows('support_questions')).map((q) => [q.id, q]));
    expect(rows.get(q1)).toMatchObject({
      solved_by_id: ids.lena,
      solution_author_id: ids.kenji,
      solved_via: 'command',
    });
    expect(rows.get(q2)).toMatchObject({
      solved_by_id: ids.noor,
      solution_author_id: ids.kenji,
      solution_message_id: null,
    });
    expect(rows.get(q3)).toMatchObject({
      solved_by_id: ids.sam,
      solution_author_id: null,
      solution_message_id: own.id,
    });
    expect(await t.emitted('contribution.recorded')).toEqual([
      { userId: ids.kenji, kind: 'helpful_answer', sourceId: `support:solution:${q1}`, channelId: q1 },
      { userId: ids.kenji, kind: 'helpful_answer', sourceId: `support:solution:${q2}`, channelId: q2 },
      { userId: ids.lena, kind: 'question_answered', sourceId: `support:first:${q3}`, channelId: q3 },
    ]);
  });

  it('/unsolved reopens: status back, solved tag off (other tags kept), note in the thread, support.reopened', async () => {
    t = await openSupportCommunity();
    const [sam, kenji, priya] = [await t.user('sam'), await t.user('kenji'), await t.user('priya')];
    const id = await t.ask(sam, 'Bots offline', 'All bots are offline.', { tags: ['Bots'] });
    const answer = await t.post(kenji, id, 'Discord outage, wait a bit.');
    await t.messageCommand(sam, 'Mark as solution', answer);

    expect((await t.commandIn(id, priya, 'unsolved', null)).reply?.content).toContain('Only the person who asked');
    const reopened = await t.commandIn(id, sam, 'unsolved', null);
    expect(reopened.reply).toMatchObject({ ephemeral: true, content: expect.stringContaining('Reopened') as string });
    expect((await t.rows('support_questions'))[0]).toMatchObject({
      status: 'answered',
      solved_at: null,
      solution_message_id: null,
      solution_author_id: null,
      solved_via: null,
      archive_at: null,
    });
    expect((await t.thread(id)).appliedTags).toEqual([await t.tagId(t.channels.help, 'Bots')]);
    expect((await t.messagesIn(id)).at(-1)?.content).toContain(`Reopened by <@${sam}>`);
    expect(await t.emitted('support.reopened')).toEqual([{ questionId: id, by: sam }]);
    expect((await t.commandIn(id, sam, 'unsolved', null)).reply?.content).toContain('not solved');

    // The pending archive job finds the question reopened and does nothing.
    await t.advanceBy(2 * HOUR);
    expect((await t.thread(id)).archived).toBe(false);
    expect(await t.emitted('support.closed')).toEqual([]);
  });
});

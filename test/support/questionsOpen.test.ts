import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { HOUR, SUPPORT_SECTION, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

describe(`questions: posts and threads in help channels become questions (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('a forum post is a question with its tags, its starter message as text, escalating at the first tier', async () => {
    t = await openSupportCommunity();
    const sam = await t.user('sam');
    const askedAt = t.now();
    const id = await t.ask(sam, 'Bot does not answer', 'My bot stays offline after the update.', {
      tags: ['Bots', 'Setup'],
    });
    const [question, ...others] = await t.rows('support_questions');
    expect(others).toEqual([]);
    expect(question).toMatchObject({
      id,
      channel_id: t.channels.help,
      asker_id: sam,
      title: 'Bot does not answer',
      body: 'My bot stays offline after the update.',
      status: 'open',
      created_at: askedAt,
      last_asker_at: askedAt,
      answers: 0,
      tier: 0,
      escalate_at: askedAt + 4 * HOUR,
      first_response_at: null,
    });
    // Tag names in the forum's order (Setup before Bots).
    expect(JSON.parse(question?.tags ?? '')).toEqual(['Setup', 'Bots']);
    expect(await t.emitted('support.question_opened')).toEqual([
      {
        questionId: id,
        channelId: t.channels.help,
        askerId: sam,
        tags: ['Setup', 'Bots'],
      },
    ]);
    // The asker's later messages do not replace the text.
    await t.post(sam, id, 'Also: it worked yesterday.');
    expect((await t.rows('support_questions'))[0]?.body).toBe('My bot stays offline after the update.');
  });

  it('a thread started in a forum that is not a help channel is no question', async () => {
    t = await openSupportCommunity();
    await t.ask(await t.user('sam'), 'How do I join?', 'Where is the signup?', { forumId: t.channels.faq });
    expect(await t.rows('support_questions')).toEqual([]);
    expect(await t.emitted('support.question_opened')).toEqual([]);
  });

  it('autoThread: a message in a help text channel gets a thread and is the question, once', async () => {
    t = await openSupportCommunity();
    const kenji = await t.user('kenji');
    const long = `How do I ${'really '.repeat(20)}set up roles?\nMore details on the next line.`;
    const message = await t.post(kenji, t.channels.helpChat, long);
    const [question, ...others] = await t.rows('support_questions');
    expect(others).toEqual([]);
    expect(question).toMatchObject({
      id: message.id,
      channel_id: t.channels.helpChat,
      asker_id: kenji,
      body: long,
      tags: '[]',
      status: 'open',
    });
    expect(question?.title.length).toBeLessThanOrEqual(90);
    expect(question?.title.endsWith('…')).toBe(true);
    expect((await t.thread(message.id)).parentId).toBe(t.channels.helpChat);
    expect(await t.emitted('support.question_opened')).toHaveLength(1);

    // Answers in the new thread count for that question.
    await t.post(await t.user('lena'), message.id, 'Server Settings → Roles.');
    expect((await t.rows('support_questions'))[0]).toMatchObject({ status: 'answered', answers: 1 });
  });

  it('autoThread off: a message in a help text channel is left alone; a thread started there is a question', async () => {
    t = await openSupportCommunity({ ...SUPPORT_SECTION, autoThread: false });
    const kenji = await t.user('kenji');
    await t.post(kenji, t.channels.helpChat, 'Anyone around?');
    expect(await t.rows('support_questions')).toEqual([]);
    const thread = await t.c.sandbox.createThread({
      userId: kenji,
      channelId: t.channels.helpChat,
      name: 'Role colours',
    });
    await t.c.settle();
    await t.post(kenji, thread.id, 'How do I change role colours?');
    expect(await t.rows('support_questions')).toMatchObject([
      { id: thread.id, title: 'Role colours', body: 'How do I change role colours?', status: 'open' },
    ]);
  });

  it('tags changed on Discord are followed; the solved tag added by hand marks the question solved', async () => {
    t = await openSupportCommunity();
    const sam = await t.user('sam');
    const id = await t.ask(sam, 'Billing question', 'Was I charged twice?', { tags: ['Setup'] });
    await t.c.sandbox.editThread(id, { appliedTags: [await t.tagId(t.channels.help, 'Billing')] }, 'retag');
    await t.c.settle();
    expect(JSON.parse((await t.rows('support_questions'))[0]?.tags ?? '')).toEqual(['Billing']);
    expect((await t.rows('support_questions'))[0]?.status).toBe('open');

    const billing = await t.tagId(t.channels.help, 'Billing');
    await t.c.sandbox.editThread(id, { appliedTags: [billing, await t.tagId(t.channels.help, 'Solved')] }, 'done');
    await t.c.settle();
    expect((await t.rows('support_questions'))[0]).toMatchObject({
      status: 'solved',
      solved_via: 'tag',
      solved_by_id: sam,
      solution_message_id: null,
      tags: '["Billing"]',
    });
    expect(await t.emitted('support.solved')).toMatchObject([{ questionId: id, via: 'tag', markedBy: sam }]);
    // No confirmation posted for a tag put on by hand.
    expect(await t.messagesIn(id)).toEqual([]);
  });

  it('with no help channels nothing is stored or scheduled', async () => {
    t = await openSupportCommunity({ ...SUPPORT_SECTION, helpChannels: [] });
    const sam = await t.user('sam');
    const id = await t.ask(sam, 'Question', 'Anyone?');
    await t.post(await t.user('lena'), id, 'Yes?');
    await t.post(sam, t.channels.helpChat, 'Hello?');
    expect(await t.rows('support_questions')).toEqual([]);
    expect(await t.rows('support_participants')).toEqual([]);
    expect(await t.pendingJobs()).toEqual([]);
  });
});

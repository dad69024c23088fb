import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { MINUTE, openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

const link = (t: SupportCommunity, threadId: string) => `https://discord.com/channels/${t.guildId}/${threadId}`;

describe(`knowledge base: FAQ entries and /faq search (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('an FAQ post is published at once; its title and tags follow the thread', async () => {
    t = await openSupportCommunity();
    const noor = await t.user('noor');
    const faqId = await t.ask(noor, 'How do refunds work?', 'Refunds are possible within 14 days of a payment.', {
      forumId: t.channels.faq,
      tags: ['Billing'],
    });
    expect(await t.rows('support_articles')).toMatchObject([
      {
        id: faqId,
        kind: 'faq',
        status: 'published',
        author_id: noor,
        tags: '["Billing"]',
        body: 'Refunds are possible within 14 days of a payment.',
      },
    ]);
    expect(await t.messagesIn(faqId)).toEqual([]);

    // A moderator renames and retags the post (the sandbox applies it like Discord would).
    await t.c.sandbox.editThread(
      faqId,
      { name: 'Refunds and payments', appliedTags: [await t.tagId(t.channels.faq, 'Setup')] },
      'tidy',
    );
    await t.c.settle();
    expect((await t.rows('support_articles'))[0]).toMatchObject({ title: 'Refunds and payments', tags: '["Setup"]' });
  });

  it('/faq search finds FAQ entries and solved questions, never guides under review', async () => {
    t = await openSupportCommunity();
    const [noor, sam, lena, tomas] = [
      await t.user('noor'),
      await t.user('sam'),
      await t.user('lena'),
      await t.user('tomas'),
    ];
    const faqId = await t.ask(noor, 'How do refunds work?', 'Refunds of a payment are possible within 14 days.', {
      forumId: t.channels.faq,
    });
    const questionId = await t.ask(sam, 'Refund for a double payment', 'I was charged twice, how do I get a refund?');
    const answer = await t.post(lena, questionId, 'Staff refund double payments: open a ticket.');
    await t.messageCommand(sam, 'Mark as solution', answer);
    await t.advanceBy(MINUTE);
    const draft = await t.ask(tomas, 'Refund guide', 'Everything about refunds and payments.', {
      forumId: t.channels.guides,
    });
    await t.ask(noor, 'Server rules', 'Be kind to each other.', { forumId: t.channels.faq });

    const found = await t.commandIn(t.channels.helpChat, sam, 'faq', 'search', { query: 'refund payment' });
    expect(found.reply?.ephemeral).toBe(true);
    const content = found.reply?.content ?? '';
    expect(content).toContain(`[How do refunds work?](${link(t, faqId)}) — FAQ`);
    expect(content).toContain(`[Refund for a double payment](${link(t, questionId)}) — solved`);
    expect(content).not.toContain(link(t, draft));
    expect(content).not.toContain('Server rules');

    const nothing = await t.commandIn(t.channels.helpChat, sam, 'faq', 'search', { query: 'volcano' });
    expect(nothing.reply?.content).toContain('Nothing in the knowledge base matches “volcano”');
  });

  it('an FAQ entry is suggested in a new similar question', async () => {
    t = await openSupportCommunity();
    const [noor, kenji] = [await t.user('noor'), await t.user('kenji')];
    const faqId = await t.ask(noor, 'How do refunds work?', 'Refunds of a payment are possible within 14 days.', {
      forumId: t.channels.faq,
    });
    const questionId = await t.ask(kenji, 'How can I get a refund?', 'I want a refund of my last payment.');
    const suggestion = (await t.messagesIn(questionId)).find((m) => m.content.includes('may already have an answer'));
    expect(suggestion?.content).toContain(`[How do refunds work?](${link(t, faqId)}) — FAQ`);
  });
});

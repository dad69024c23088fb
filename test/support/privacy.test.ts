import { afterEach, describe, expect, it } from 'vitest';
import { supportDb } from '../../src/modules/support/SupportTables.js';
import { testDialect } from '../testStore.js';
import { openSupportCommunity, type SupportCommunity } from './supportCommunity.js';

const TABLES = [
  'support_questions',
  'support_participants',
  'support_escalations',
  'support_suggestions',
  'support_articles',
  'support_reviews',
] as const;

const REVIEW = { accuracy: '4', clarity: '4', completeness: '5', usefulness: '4', comment: 'Worked for me' };

/** Kenji asks, Lena answers and her answer is marked as the solution; Sam writes a guide Kenji reviews. */
async function supportHistory(t: SupportCommunity) {
  const [kenji, lena, sam] = [await t.user('kenji'), await t.user('lena'), await t.user('sam')];
  const question = await t.ask(kenji, 'Webhook secret rotation', 'How do I rotate the webhook secret?', {
    tags: ['Setup'],
  });
  const answer = await t.post(lena, question, 'Set the new secret first, then remove the old one.');
  await t.messageCommand(kenji, 'Mark as solution', answer);
  const guide = await t.ask(sam, 'Rotating secrets safely', 'Step 1: add the new secret…', {
    forumId: t.channels.guides,
  });
  const button = (await t.messagesIn(guide)).find((m) => m.content.includes('reviewed'));
  if (button === undefined) throw new Error('no review button in the guide');
  const form = await t.press(kenji, button, `support:review:${guide}`);
  await t.submitModal(kenji, form.interactionId, REVIEW);
  return { kenji, lena, sam, question, guide };
}

describe(`support member data: export and erase (${testDialect})`, () => {
  let t: SupportCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('exports what each member asked, answered, wrote and reviewed, and nobody else’s', async () => {
    t = await openSupportCommunity();
    const { kenji, lena, sam, question, guide } = await supportHistory(t);

    const asker = (await t.c.engine.memberData.exportMember(t.guildId, kenji)).support ?? {};
    expect(Object.keys(asker).sort()).toEqual(['questionsAsked', 'reviewsGiven']);
    expect(asker.questionsAsked).toMatchObject([
      { id: question, title: 'Webhook secret rotation', body: 'How do I rotate the webhook secret?', status: 'solved' },
    ]);
    expect(asker.reviewsGiven).toMatchObject([{ article_id: guide, accuracy: 4, comment: 'Worked for me' }]);

    const helper = (await t.c.engine.memberData.exportMember(t.guildId, lena)).support ?? {};
    expect(Object.keys(helper).sort()).toEqual(['answeredOrSolved', 'participation']);
    expect(helper.answeredOrSolved).toMatchObject([
      { id: question, first_responder_id: lena, solution_author_id: lena, solved_by_id: kenji },
    ]);
    expect(helper.participation).toMatchObject([{ question_id: question, user_id: lena, messages: 1 }]);
    expect(JSON.stringify(helper)).not.toContain('How do I rotate');

    const author = (await t.c.engine.memberData.exportMember(t.guildId, sam)).support ?? {};
    expect(author.articles).toMatchObject([{ id: guide, kind: 'guide', author_id: sam }]);
  });

  it('erasing the helper takes her off the question, which stays counted; her quoted answer is blanked in the log', async () => {
    t = await openSupportCommunity();
    const { kenji, lena, question } = await supportHistory(t);

    const report = await t.c.engine.memberData.eraseMember(t.guildId, lena, 'cli:test', {
      keepModerationRecords: false,
    });
    // The question's first responder and solution author (one update each), her participation row.
    expect(report.changed.support).toBe(3);
    const db = supportDb(t.c.store.db);
    for (const table of TABLES) {
      const rows = await db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows), table).not.toContain(lena);
    }
    expect(await db.selectFrom('support_questions').selectAll().execute()).toMatchObject([
      { id: question, asker_id: kenji, status: 'solved', answered_by: 'community', first_responder_id: null },
    ]);
    const commands = await t.emitted<{ targetMessage?: { content: string } }>('interaction.command');
    const marked = commands.filter((c) => c.targetMessage !== undefined);
    expect(marked).toHaveLength(1);
    expect(marked[0]?.targetMessage?.content).toBe('');
  });

  it('erasing the asker deletes the question with what hangs on it and blanks the post’s name in the log', async () => {
    t = await openSupportCommunity();
    const { kenji, question } = await supportHistory(t);
    expect(await t.emitted<{ threadId: string; name: string }>('thread.updated')).toContainEqual(
      expect.objectContaining({ threadId: question, name: 'Webhook secret rotation' }),
    );

    await t.c.engine.memberData.eraseMember(t.guildId, kenji, 'cli:test', { keepModerationRecords: false });
    const db = supportDb(t.c.store.db);
    expect(await db.selectFrom('support_questions').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('support_participants').select('user_id').execute()).toEqual([]);
    expect(await db.selectFrom('support_reviews').select('reviewer_id').execute()).toEqual([]);
    const updates = await t.emitted<{ threadId: string; name: string }>('thread.updated');
    for (const update of updates.filter((u) => u.threadId === question)) expect(update.name).toBe('');
    expect((await t.c.engine.memberData.exportMember(t.guildId, kenji)).support ?? {}).toEqual({});
  });
});

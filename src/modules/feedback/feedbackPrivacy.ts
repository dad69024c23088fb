import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import { deleteMemberRows, exportMemberRows, type MemberRowTable } from '../../core/privacy/memberRowTables.js';
import type { FeedbackContext } from './FeedbackContext.js';
import { feedbackDb, type FeedbackTables } from './FeedbackTables.js';
import { ERASED_TITLE, scrubStoredReports } from './reports/scrubStoredReports.js';

/** The member's id in rows that stay after an erase (staff actions, items others voted on). */
const ERASED_ID = 'erased';

/** Feedback tables whose rows belong to one member each, keyed by guild and user, in export order. */
const MEMBER_TABLES = [
  { section: 'votes', table: 'feedback_votes', orderBy: 'voted_at' },
  { section: 'following', table: 'feedback_followers', orderBy: 'since' },
  { section: 'dmPreference', table: 'feedback_prefs', orderBy: 'updated_at', single: true },
  { section: 'surveyAnswers', table: 'feedback_survey_responses', orderBy: 'answered_at' },
  { section: 'pollVotes', table: 'feedback_poll_votes', orderBy: 'voted_at' },
] as const satisfies readonly (MemberRowTable & { table: keyof FeedbackTables })[];

/**
 * A member's feedback data. Export: the items they submitted (with their text), their votes,
 * follows, DM choice, survey answers and poll votes, and as staff the status changes they made
 * and the surveys and polls they opened. Erase keeps their items, so other members' votes and
 * follows and the item numbers others refer to stay meaningful, but blanks them (title
 * `[erased]`, no text, author `erased`, also in the stored weekly reports); deletes their
 * votes (the items' counts recounted), follows, DM choice, survey answers and poll votes; and
 * replaces them as the author of staff actions (`erased`, notes removed) and of the surveys
 * and polls they opened (whose questions are blanked). Retention blanks item texts and survey
 * comments older than `privacy.messageContentDays`; titles stay as the items' names.
 */
export const feedbackPrivacy: MemberPrivacy<FeedbackContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = feedbackDb(ctx.db);
    const data: Record<string, Json> = {};
    const items = await db
      .selectFrom('feedback_items')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .orderBy('number')
      .execute();
    if (items.length > 0) data.itemsSubmitted = items;
    Object.assign(data, await exportMemberRows(ctx.db, MEMBER_TABLES, guildId, userId));
    const changes = await db
      .selectFrom('feedback_history')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('by_id', '=', userId)
      .orderBy('at')
      .execute();
    if (changes.length > 0) data.statusChanges = changes;
    const surveys = await db
      .selectFrom('feedback_surveys')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('opened_by', '=', userId)
      .orderBy('opened_at')
      .execute();
    if (surveys.length > 0) data.surveysOpened = surveys;
    const polls = await db
      .selectFrom('feedback_polls')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('opened_by', '=', userId)
      .orderBy('opened_at')
      .execute();
    if (polls.length > 0) data.pollsOpened = polls;
    return data;
  },

  async eraseMember(ctx, guildId, userId) {
    const db = feedbackDb(ctx.db);
    let erased = 0;
    const authored = await db
      .selectFrom('feedback_items')
      .select('number')
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .execute();
    erased += await scrubStoredReports(ctx.db, guildId, new Set(authored.map((i) => i.number)));
    const items = await db
      .updateTable('feedback_items')
      .set({ title: ERASED_TITLE, body: '', author_id: ERASED_ID })
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .executeTakeFirst();
    erased += Number(items.numUpdatedRows);
    const voted = await db
      .selectFrom('feedback_votes')
      .select('item_id')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .execute();
    erased += await deleteMemberRows(ctx.db, MEMBER_TABLES, guildId, userId);
    for (const { item_id } of voted) await recountVotes(ctx, guildId, item_id);
    erased += await replaceAsStaff(ctx, guildId, userId);
    return erased;
  },

  async blankContentBefore(ctx, before) {
    const db = feedbackDb(ctx.db);
    const items = await db
      .updateTable('feedback_items')
      .set({ body: '' })
      .where('created_at', '<', before)
      .where('body', '!=', '')
      .executeTakeFirst();
    const comments = await db
      .updateTable('feedback_survey_responses')
      .set({ comment: null })
      .where('answered_at', '<', before)
      .where('comment', 'is not', null)
      .executeTakeFirst();
    return Number(items.numUpdatedRows) + Number(comments.numUpdatedRows);
  },
};

/** Sets an item's 👍 / 👎 counts from its votes. */
async function recountVotes(ctx: FeedbackContext, guildId: string, itemId: string): Promise<void> {
  const db = feedbackDb(ctx.db);
  const rows = await db
    .selectFrom('feedback_votes')
    .select(['value', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('guild_id', '=', guildId)
    .where('item_id', '=', itemId)
    .groupBy('value')
    .execute();
  const count = (value: number): number => Number(rows.find((r) => r.value === value)?.n ?? 0);
  await db
    .updateTable('feedback_items')
    .set({ up_votes: count(1), down_votes: count(-1) })
    .where('guild_id', '=', guildId)
    .where('id', '=', itemId)
    .execute();
}

/** Takes the member off the staff actions they made and the surveys and polls they opened. */
async function replaceAsStaff(ctx: FeedbackContext, guildId: string, userId: string): Promise<number> {
  const db = feedbackDb(ctx.db);
  const results = [
    await db
      .updateTable('feedback_history')
      .set({ by_id: ERASED_ID, note: null })
      .where('guild_id', '=', guildId)
      .where('by_id', '=', userId)
      .executeTakeFirst(),
    await db
      .updateTable('feedback_items')
      .set({ status_by: ERASED_ID, status_note: null })
      .where('guild_id', '=', guildId)
      .where('status_by', '=', userId)
      .executeTakeFirst(),
    await db
      .updateTable('feedback_surveys')
      .set({ opened_by: null, question: ERASED_TITLE })
      .where('guild_id', '=', guildId)
      .where('opened_by', '=', userId)
      .executeTakeFirst(),
  ];
  const polls = await db
    .selectFrom('feedback_polls')
    .select(['id', 'answers'])
    .where('guild_id', '=', guildId)
    .where('opened_by', '=', userId)
    .execute();
  for (const poll of polls) {
    await db
      .updateTable('feedback_polls')
      .set({ opened_by: ERASED_ID, question: ERASED_TITLE, answers: JSON.stringify(answerLabels(poll.answers)) })
      .where('guild_id', '=', guildId)
      .where('id', '=', poll.id)
      .execute();
  }
  return results.reduce((sum, r) => sum + Number(r.numUpdatedRows), polls.length);
}

/** `Answer 1`, `Answer 2`… for a poll's answers (their number kept, their text not). */
function answerLabels(answers: string): string[] {
  let count: number;
  try {
    const parsed: unknown = JSON.parse(answers);
    count = Array.isArray(parsed) ? parsed.length : 0;
  } catch {
    count = 0;
  }
  return Array.from({ length: count }, (_, i) => `Answer ${i + 1}`);
}

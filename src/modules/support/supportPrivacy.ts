import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { SupportContext } from './SupportContext.js';
import { supportDb } from './SupportTables.js';

/** Columns of `support_questions` naming a member other than the asker. */
const OTHER_MEMBER_COLUMNS = ['first_responder_id', 'solution_author_id', 'solved_by_id'] as const;

/**
 * A member's support data: the questions they asked (with their text), their part in other
 * questions (messages counted, first answers, solutions written or marked), the guides and FAQ
 * entries they wrote and the reviews they gave. Erase deletes their questions and articles
 * (with what hangs on them), their participation and reviews, and takes their id off other
 * members' questions (the questions stay, counted, without them).
 */
export const supportPrivacy: MemberPrivacy<SupportContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = supportDb(ctx.db);
    const asked = await db
      .selectFrom('support_questions')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('asker_id', '=', userId)
      .orderBy('created_at')
      .execute();
    const involved = await db
      .selectFrom('support_questions')
      .select(['id', 'title', 'created_at', ...OTHER_MEMBER_COLUMNS])
      .where('guild_id', '=', guildId)
      .where('asker_id', '!=', userId)
      .where((eb) => eb.or(OTHER_MEMBER_COLUMNS.map((column) => eb(column, '=', userId))))
      .orderBy('created_at')
      .execute();
    const participation = await db
      .selectFrom('support_participants')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('first_at')
      .execute();
    const articles = await db
      .selectFrom('support_articles')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .orderBy('created_at')
      .execute();
    const reviews = await db
      .selectFrom('support_reviews')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('reviewer_id', '=', userId)
      .orderBy('reviewed_at')
      .execute();
    const data: Record<string, Json> = {};
    if (asked.length > 0) data.questionsAsked = asked;
    if (involved.length > 0) data.answeredOrSolved = involved;
    if (participation.length > 0) data.participation = participation;
    if (articles.length > 0) data.articles = articles;
    if (reviews.length > 0) data.reviewsGiven = reviews;
    return data;
  },
  async eraseMember(ctx, guildId, userId) {
    const db = supportDb(ctx.db);
    let erased = 0;
    const asked = await db
      .selectFrom('support_questions')
      .select('id')
      .where('guild_id', '=', guildId)
      .where('asker_id', '=', userId)
      .execute();
    const askedIds = asked.map((q) => q.id);
    if (askedIds.length > 0) {
      for (const table of ['support_participants', 'support_escalations', 'support_suggestions'] as const) {
        await db.deleteFrom(table).where('guild_id', '=', guildId).where('question_id', 'in', askedIds).execute();
      }
      await db
        .deleteFrom('support_suggestions')
        .where('guild_id', '=', guildId)
        .where('suggested_id', 'in', askedIds)
        .execute();
      const deleted = await db
        .deleteFrom('support_questions')
        .where('guild_id', '=', guildId)
        .where('id', 'in', askedIds)
        .executeTakeFirst();
      erased += Number(deleted.numDeletedRows);
    }
    for (const column of OTHER_MEMBER_COLUMNS) {
      const result = await db
        .updateTable('support_questions')
        .set({ [column]: null })
        .where('guild_id', '=', guildId)
        .where(column, '=', userId)
        .executeTakeFirst();
      erased += Number(result.numUpdatedRows);
    }
    const participation = await db
      .deleteFrom('support_participants')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    erased += Number(participation.numDeletedRows);
    const articles = await db
      .selectFrom('support_articles')
      .select('id')
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .execute();
    const articleIds = articles.map((a) => a.id);
    if (articleIds.length > 0) {
      await db
        .deleteFrom('support_reviews')
        .where('guild_id', '=', guildId)
        .where('article_id', 'in', articleIds)
        .execute();
      const deleted = await db
        .deleteFrom('support_articles')
        .where('guild_id', '=', guildId)
        .where('id', 'in', articleIds)
        .executeTakeFirst();
      erased += Number(deleted.numDeletedRows);
    }
    const reviews = await db
      .deleteFrom('support_reviews')
      .where('guild_id', '=', guildId)
      .where('reviewer_id', '=', userId)
      .executeTakeFirst();
    erased += Number(reviews.numDeletedRows);
    return erased;
  },
};

import type { Insertable, Selectable, Updateable } from 'kysely';
import type { SupportContext } from '../SupportContext.js';
import { supportDb, type SupportArticleTable } from '../SupportTables.js';

/** A knowledge-base article row as read. */
export type Article = Selectable<SupportArticleTable>;

/**
 * The article with this thread id, or undefined.
 * @param ctx - module context
 * @param guildId - the guild
 * @param articleId - the forum post's thread id
 */
export async function getArticle(
  ctx: SupportContext,
  guildId: string,
  articleId: string,
): Promise<Article | undefined> {
  return supportDb(ctx.db)
    .selectFrom('support_articles')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', articleId)
    .executeTakeFirst();
}

/**
 * Stores a new article; a second insert of the same thread (a redelivery) does nothing.
 * @param ctx - module context
 * @param row - the article
 * @returns true when it was stored now
 */
export async function insertArticle(ctx: SupportContext, row: Insertable<SupportArticleTable>): Promise<boolean> {
  const result = await supportDb(ctx.db)
    .insertInto('support_articles')
    .values(row)
    .onConflict((oc) => oc.columns(['guild_id', 'id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/**
 * Changes fields of an article.
 * @param ctx - module context
 * @param guildId - the guild
 * @param articleId - the thread id
 * @param patch - the fields to change
 */
export async function updateArticle(
  ctx: SupportContext,
  guildId: string,
  articleId: string,
  patch: Updateable<SupportArticleTable>,
): Promise<void> {
  await supportDb(ctx.db)
    .updateTable('support_articles')
    .set(patch)
    .where('guild_id', '=', guildId)
    .where('id', '=', articleId)
    .execute();
}

/**
 * An article's tag names.
 * @param article - the row
 */
export function articleTags(article: Pick<Article, 'tags'>): string[] {
  const parsed: unknown = JSON.parse(article.tags);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}

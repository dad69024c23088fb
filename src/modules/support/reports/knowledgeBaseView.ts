import { REVIEW_CRITERIA } from '../config/KnowledgeBaseConfig.js';
import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { questionTags } from '../store/Questions.js';
import { memberDisplayNames as memberNames } from '../../../core/members/memberDisplayNames.js';
import { threadUrl } from './threadUrl.js';
import type { KnowledgeBase } from './SupportReportsApi.js';

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * The knowledge base for the dashboard: FAQ entries then guides, most recently updated first,
 * each with its review status, reviews and mean scores; with how many questions are solved
 * (they are searched too) and what a guide needs to be verified.
 * @param ctx - module context (db, config, members, platform)
 * @param guildId - the guild
 */
export async function knowledgeBaseView(
  ctx: Pick<SupportContext, 'db' | 'config' | 'members' | 'platform'>,
  guildId: string,
): Promise<KnowledgeBase> {
  const db = supportDb(ctx.db);
  const articles = await db
    .selectFrom('support_articles')
    .selectAll()
    .where('guild_id', '=', guildId)
    .orderBy('kind')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  const reviews = await db.selectFrom('support_reviews').selectAll().where('guild_id', '=', guildId).execute();
  const solved = await db
    .selectFrom('support_questions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('guild_id', '=', guildId)
    .where('status', '=', 'solved')
    .executeTakeFirst();
  const authors = articles.flatMap((a) => (a.author_id === null ? [] : [a.author_id]));
  const names = await memberNames(ctx, guildId, authors);
  const { knowledgeBase } = ctx.config;
  return {
    reviewersRequired: knowledgeBase.reviewersRequired,
    minScore: knowledgeBase.minScore,
    solvedQuestions: Number(solved?.n ?? 0),
    articles: articles.map((a) => {
      const own = reviews.filter((r) => r.article_id === a.id);
      const criterion = (name: (typeof REVIEW_CRITERIA)[number]): number => mean(own.map((r) => r[name]));
      return {
        id: a.id,
        kind: a.kind,
        title: a.title,
        tags: questionTags(a),
        status: a.status,
        authorId: a.author_id,
        authorName: a.author_id === null ? null : (names.get(a.author_id) ?? a.author_id),
        createdAt: a.created_at,
        updatedAt: a.updated_at,
        verifiedAt: a.verified_at,
        reviews: own.length,
        meanScore: own.length === 0 ? null : mean(own.map((r) => mean(REVIEW_CRITERIA.map((c) => r[c])))),
        criteria:
          own.length === 0
            ? null
            : {
                accuracy: criterion('accuracy'),
                clarity: criterion('clarity'),
                completeness: criterion('completeness'),
                usefulness: criterion('usefulness'),
              },
        threadUrl: threadUrl(guildId, a.id),
      };
    }),
  };
}

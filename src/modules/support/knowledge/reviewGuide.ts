import { postTagIds, tagIdByName } from '../questions/forumTags.js';
import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { articleTags, updateArticle, type Article } from './articles.js';
import { reviewScore, type ReviewAnswer } from './reviewForm.js';

/** What a review changed. */
export interface ReviewOutcome {
  /** The reviewer had reviewed the guide before (this review replaces it). */
  replaced: boolean;
  /** This review's score (mean of its criteria). */
  score: number;
  /** Reviews of the guide now, and their mean score. */
  reviews: number;
  mean: number;
  /** The guide was verified by this review. */
  verified: boolean;
}

/**
 * Stores a member's review of a guide (one per reviewer: a second replaces the first),
 * emits `support.guide_reviewed`, and verifies the guide when it has `reviewersRequired`
 * reviews whose mean score reaches `minScore`.
 * @param ctx - module context
 * @param guide - the guide (not the reviewer's own)
 * @param reviewerId - who reviews
 * @param answer - the criteria and comment
 * @param at - when (epoch ms)
 * @param interactionId - the form's interaction (the event key: each submission counts once)
 */
export async function reviewGuide(
  ctx: SupportContext,
  guide: Article,
  reviewerId: string,
  answer: ReviewAnswer,
  at: number,
  interactionId: string,
): Promise<ReviewOutcome> {
  const db = supportDb(ctx.db);
  const guildId = guide.guild_id;
  const before = await db
    .selectFrom('support_reviews')
    .select('reviewer_id')
    .where('guild_id', '=', guildId)
    .where('article_id', '=', guide.id)
    .where('reviewer_id', '=', reviewerId)
    .executeTakeFirst();
  const values = {
    accuracy: answer.accuracy,
    clarity: answer.clarity,
    completeness: answer.completeness,
    usefulness: answer.usefulness,
    comment: answer.comment,
    reviewed_at: at,
  };
  await db
    .insertInto('support_reviews')
    .values({ guild_id: guildId, article_id: guide.id, reviewer_id: reviewerId, ...values })
    .onConflict((oc) => oc.columns(['guild_id', 'article_id', 'reviewer_id']).doUpdateSet(values))
    .execute();
  const all = await db
    .selectFrom('support_reviews')
    .select(['accuracy', 'clarity', 'completeness', 'usefulness'])
    .where('guild_id', '=', guildId)
    .where('article_id', '=', guide.id)
    .execute();
  const score = reviewScore(answer);
  const mean = all.reduce((sum, r) => sum + reviewScore(r), 0) / all.length;
  await ctx.emit(
    'support.guide_reviewed',
    { articleId: guide.id, reviewerId, score, reviews: all.length },
    { key: `${guide.id}:reviewed:${interactionId}`, guildId },
  );
  const { reviewersRequired, minScore } = ctx.config.knowledgeBase;
  const verified = guide.status === 'in_review' && all.length >= reviewersRequired && mean >= minScore;
  if (verified) await verifyGuide(ctx, guide, all.length, mean, at);
  return { replaced: before !== undefined, score, reviews: all.length, mean, verified };
}

/**
 * A guide passed peer review: status `verified`, the forum's verified tag added to the post
 * (its other tags kept), `support.guide_verified`, a `tutorial` contribution for the author
 * (quality: the mean score) and a short message in the thread.
 */
async function verifyGuide(
  ctx: SupportContext,
  guide: Article,
  reviews: number,
  score: number,
  at: number,
): Promise<void> {
  const guildId = guide.guild_id;
  await updateArticle(ctx, guildId, guide.id, { status: 'verified', verified_at: at, updated_at: at });
  const { verifiedTag } = ctx.config.knowledgeBase;
  const forum = (await ctx.platform.fetchGuild(guildId)).channels.find((c) => c.id === guide.channel_id);
  const verifiedId = tagIdByName(forum, verifiedTag);
  if (verifiedId !== null) {
    const appliedTags = postTagIds(forum, articleTags(guide), verifiedId);
    await ctx.platform.editThread(guide.id, { appliedTags }, 'Guide verified by peer review');
  } else {
    ctx.log.warn({ guildId, forumId: guide.channel_id, verifiedTag }, 'guide forum has no verified tag');
  }
  const authorId = guide.author_id;
  if (authorId !== null) {
    await ctx.emit(
      'support.guide_verified',
      { articleId: guide.id, authorId, reviews, score },
      { key: `${guide.id}:verified`, guildId },
    );
    await ctx.emit(
      'contribution.recorded',
      {
        userId: authorId,
        kind: 'tutorial',
        quality: score,
        sourceId: `support:guide:${guide.id}`,
        channelId: guide.id,
      },
      { key: `${guide.id}:tutorial`, guildId },
    );
  }
  await ctx.platform.sendMessage(guide.id, {
    content: `This guide passed peer review (${reviews} reviews, ${score.toFixed(1)}/5) and is now verified.${authorId === null ? '' : ` Thank you <@${authorId}>!`}`,
    allowedUserMentions: authorId === null ? [] : [authorId],
  });
}

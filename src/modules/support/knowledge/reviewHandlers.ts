import type { ComponentHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { SupportContext } from '../SupportContext.js';
import { getArticle, type Article } from './articles.js';
import { parseReview, REVIEW_BUTTON_PREFIX, REVIEW_FORM_PREFIX, reviewArticleId, reviewForm } from './reviewForm.js';
import { reviewGuide } from './reviewGuide.js';

const privately = (content: string): InteractionReply => ({ content: content.slice(0, 2000), ephemeral: true });

/** The guide a member may review, or the reason they may not. */
async function reviewable(
  ctx: SupportContext,
  guildId: string,
  articleId: string,
  userId: string,
): Promise<{ ok: true; guide: Article } | { ok: false; reason: string }> {
  const guide = await getArticle(ctx, guildId, articleId);
  if (guide?.kind !== 'guide') return { ok: false, reason: 'This guide is no longer in the knowledge base.' };
  if (guide.author_id === userId) {
    return { ok: false, reason: 'You wrote this guide: reviews come from other members.' };
  }
  return { ok: true, guide };
}

/** "Review this guide" in a guide's thread: opens the review form (not for the guide's author). */
export const reviewButtonHandler: ComponentHandler<SupportContext> = {
  customIdPrefix: REVIEW_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const articleId = reviewArticleId(interaction.payload.customId, REVIEW_BUTTON_PREFIX);
    if (articleId === null || interaction.type !== 'interaction.button') return privately('This button is not valid.');
    const check = await reviewable(ctx, interaction.guildId, articleId, interaction.payload.userId);
    if (!check.ok) return privately(check.reason);
    return { modal: reviewForm(articleId, check.guide.title) };
  },
};

/**
 * The review form, submitted: ratings that are not 1–5 are refused (nothing stored); else the
 * review is stored (replacing the member's earlier one) and may verify the guide.
 */
export const reviewFormHandler: ComponentHandler<SupportContext> = {
  customIdPrefix: REVIEW_FORM_PREFIX,
  async handle(interaction, ctx) {
    const articleId = reviewArticleId(interaction.payload.customId, REVIEW_FORM_PREFIX);
    if (articleId === null || interaction.type !== 'interaction.modal') return privately('This form is not valid.');
    const answer = parseReview(interaction.payload.fields);
    if (!('accuracy' in answer)) return answer;
    const { userId, interactionId } = interaction.payload;
    const check = await reviewable(ctx, interaction.guildId, articleId, userId);
    if (!check.ok) return privately(check.reason);
    const outcome = await reviewGuide(ctx, check.guide, userId, answer, interaction.occurredAt, interactionId);
    const thanks = outcome.replaced
      ? `Your new review of “${check.guide.title}” (${outcome.score.toFixed(1)}/5) replaces your earlier one.`
      : `Thanks for reviewing “${check.guide.title}” (${outcome.score.toFixed(1)}/5).`;
    return privately(outcome.verified ? `${thanks} With it the guide is now verified.` : thanks);
  },
};

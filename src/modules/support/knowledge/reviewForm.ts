import type { ActionRow, InteractionReply, ModalSpec } from '../../../platform/Platform.js';
import { REVIEW_CRITERIA, type ReviewCriterion } from '../config/KnowledgeBaseConfig.js';

/** Custom id prefix of a guide's "Review this guide" button: `support:review:<article id>`. */
export const REVIEW_BUTTON_PREFIX = 'support:review:';
/** Custom id prefix of the review form: `support:review-form:<article id>`. */
export const REVIEW_FORM_PREFIX = 'support:review-form:';

/** Longest review comment kept. */
export const COMMENT_MAX = 1000;

const LABELS: Record<ReviewCriterion, string> = {
  accuracy: 'Accuracy (1–5)',
  clarity: 'Clarity (1–5)',
  completeness: 'Completeness (1–5)',
  usefulness: 'Usefulness (1–5)',
};

/** A parsed review: each criterion 1–5, an optional comment. */
export type ReviewAnswer = Record<ReviewCriterion, number> & { comment: string };

/**
 * The row with the "Review this guide" button posted in a guide's thread.
 * @param articleId - the guide
 */
export function reviewButtonRow(articleId: string): ActionRow {
  return {
    components: [
      { kind: 'button', customId: `${REVIEW_BUTTON_PREFIX}${articleId}`, label: 'Review this guide', style: 'primary' },
    ],
  };
}

/**
 * The review form: the four criteria of seed 003 as one-character inputs (Discord's modals
 * have no number input) and an optional comment; five inputs, Discord's most.
 * @param articleId - the guide
 * @param title - the guide's title (shortened to fit the 45-character modal title)
 */
export function reviewForm(articleId: string, title: string): ModalSpec {
  const heading = `Review: ${title}`;
  return {
    customId: `${REVIEW_FORM_PREFIX}${articleId}`,
    title: heading.length <= 45 ? heading : `${heading.slice(0, 44)}…`,
    inputs: [
      ...REVIEW_CRITERIA.map((criterion) => ({
        customId: criterion,
        label: LABELS[criterion],
        style: 'short' as const,
        required: true,
        minLength: 1,
        maxLength: 1,
        placeholder: '1 (poor) to 5 (excellent)',
      })),
      {
        customId: 'comment',
        label: 'Comment for the author (optional)',
        style: 'paragraph',
        required: false,
        maxLength: COMMENT_MAX,
      },
    ],
  };
}

/**
 * The article id a review button or form carries, or null when the custom id is not one of `prefix`.
 * @param customId - the custom id
 * @param prefix - {@link REVIEW_BUTTON_PREFIX} or {@link REVIEW_FORM_PREFIX}
 */
export function reviewArticleId(customId: string, prefix: string): string | null {
  if (!customId.startsWith(prefix)) return null;
  const id = customId.slice(prefix.length);
  return id === '' ? null : id;
}

/**
 * The submitted form as a review, or the ephemeral refusal naming the first criterion that is
 * not a whole number 1–5 (nothing is stored then).
 * @param fields - the submitted fields by input id
 */
export function parseReview(fields: Record<string, string>): ReviewAnswer | InteractionReply {
  const scores: Partial<Record<ReviewCriterion, number>> = {};
  for (const criterion of REVIEW_CRITERIA) {
    const raw = (fields[criterion] ?? '').trim();
    if (!/^[1-5]$/.test(raw)) {
      return {
        content: `“${LABELS[criterion]}” must be a whole number from 1 to 5 (you wrote “${raw.slice(0, 20)}”). Nothing was saved: press “Review this guide” again.`,
        ephemeral: true,
      };
    }
    scores[criterion] = Number(raw);
  }
  return {
    accuracy: scores.accuracy ?? 0,
    clarity: scores.clarity ?? 0,
    completeness: scores.completeness ?? 0,
    usefulness: scores.usefulness ?? 0,
    comment: (fields.comment ?? '').trim().slice(0, COMMENT_MAX),
  };
}

/**
 * A review's score: the mean of its four criteria.
 * @param review - the criteria
 */
export function reviewScore(review: Record<ReviewCriterion, number>): number {
  return REVIEW_CRITERIA.reduce((sum, c) => sum + review[c], 0) / REVIEW_CRITERIA.length;
}

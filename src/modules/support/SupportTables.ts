import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/**
 * A question's state: `open` (no answer yet), `answered` (someone else replied), `solved`
 * (a solution marked), `dormant` (went idle unsolved and was archived).
 */
export type QuestionStatus = 'open' | 'answered' | 'solved' | 'dormant';

/** Who gave a question's first answer: a member without a staff role, or staff. */
export type AnsweredBy = 'community' | 'staff';

/** How a solution was marked. */
export type SolvedVia = 'command' | 'context_menu' | 'button' | 'tag';

/**
 * One row per question: a forum post in a help forum, or a thread in a help text channel.
 * `id` is the thread's id (a forum post's starter message shares it).
 */
export interface SupportQuestionTable {
  guild_id: string;
  id: string;
  /** The help forum or channel. */
  channel_id: string;
  asker_id: string;
  title: string;
  /** The question's text (the starter message), for search; '' until it arrives. */
  body: string;
  /** Tag names (JSON array of strings), from the forum post's tags. */
  tags: string;
  status: QuestionStatus;
  created_at: number;
  /** Last message by anyone (not the bot) in the thread. */
  last_activity_at: number;
  /** Last message by the asker. */
  last_asker_at: number;
  /** Messages by humans other than the asker. */
  answers: number;
  first_response_at: number | null;
  first_responder_id: string | null;
  first_response_message_id: string | null;
  answered_by: AnsweredBy | null;
  /** Index into `support.tiers` of the tier the question is at (0: the first). */
  tier: number;
  /** When the current tier's target passes (null: answered, solved, or no tiers left). */
  escalate_at: number | null;
  /** When the asker was reminded to mark a solution (once). */
  nudged_at: number | null;
  /** The asker's thank-you message suggested as the solution (inferred), and when. */
  suggested_message_id: string | null;
  suggested_at: number | null;
  solved_at: number | null;
  solution_message_id: string | null;
  /** Author of the solution message (null when the asker solved it themselves or none given). */
  solution_author_id: string | null;
  solved_by_id: string | null;
  solved_via: SolvedVia | null;
  /** When the solved question is due to be archived (null: not due). */
  archive_at: number | null;
  /** When Guildhall archived it (solved and closed, or dormant). */
  archived_at: number | null;
  /** When the similar-question suggestions were posted (once). */
  suggested_similar_at: number | null;
}

/** One member taking part in a question's thread (not the bot). */
export interface SupportParticipantTable {
  guild_id: string;
  question_id: string;
  user_id: string;
  /** 1 when the member held a staff role at their first message. */
  staff: number;
  messages: number;
  first_at: number;
  last_at: number;
}

/** A question moving to a tier (or past the last: `tier` = tiers' length, overdue). */
export interface SupportEscalationTable {
  guild_id: string;
  question_id: string;
  tier: number;
  tier_name: string;
  escalated_at: number;
  /** Where the notice was posted. */
  channel_id: string | null;
}

/** A similar question suggested in a new question (for measuring suggestions). */
export interface SupportSuggestionTable {
  guild_id: string;
  question_id: string;
  /** The suggested question's or article's id. */
  suggested_id: string;
  rank: number;
  score: number;
  suggested_at: number;
}

/** What a knowledge-base article is: a staff FAQ entry, or a member's guide under peer review. */
export type ArticleKind = 'faq' | 'guide';

/** `published` (FAQ), `in_review`, `verified` (guide passed review). */
export type ArticleStatus = 'published' | 'in_review' | 'verified';

/** A knowledge-base article: a post in an FAQ or guide forum. */
export interface SupportArticleTable {
  guild_id: string;
  /** The forum post's thread id. */
  id: string;
  channel_id: string;
  kind: ArticleKind;
  author_id: string | null;
  title: string;
  body: string;
  /** Tag names, JSON array. */
  tags: string;
  status: ArticleStatus;
  created_at: number;
  updated_at: number;
  verified_at: number | null;
}

/** One member's review of a guide (one per reviewer; a second replaces the first). */
export interface SupportReviewTable {
  guild_id: string;
  article_id: string;
  reviewer_id: string;
  /** Each criterion of `REVIEW_CRITERIA`, 1–5. */
  accuracy: number;
  clarity: number;
  completeness: number;
  usefulness: number;
  comment: string;
  reviewed_at: number;
}

/** The support module's tables (a type alias: Kysely's `withTables` needs an index-compatible type). */
export type SupportTables = {
  support_questions: SupportQuestionTable;
  support_participants: SupportParticipantTable;
  support_escalations: SupportEscalationTable;
  support_suggestions: SupportSuggestionTable;
  support_articles: SupportArticleTable;
  support_reviews: SupportReviewTable;
};

/**
 * The store's database seen with the support tables.
 * @param db - the store's database
 */
export function supportDb(db: Kysely<CoreTables>): Kysely<CoreTables & SupportTables> {
  return db.withTables<SupportTables>();
}

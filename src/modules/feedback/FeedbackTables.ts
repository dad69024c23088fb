import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { FeedbackStatus, FeedbackType, SentimentLabel, SurveyKind } from './config/FeedbackTypes.js';

/** Where an item came from. */
export type FeedbackSource = 'command' | 'channel' | 'forum' | 'dashboard';

/** One feedback item. `number` is the guild's running number members and staff use (`#42`). */
export interface FeedbackItemTable {
  guild_id: string;
  id: string;
  number: number;
  type: FeedbackType;
  title: string;
  body: string;
  author_id: string;
  source: FeedbackSource;
  /** Where it was posted (the intake channel, the feedback forum or channel). */
  channel_id: string | null;
  /** The item's thread (a forum post's id, or a thread on its card or message). */
  thread_id: string | null;
  /** The card with status, votes and buttons (the bot's message), or the member's own message. */
  message_id: string | null;
  status: FeedbackStatus;
  status_note: string | null;
  status_by: string | null;
  status_at: number;
  /** The item this one was merged into (status `merged`). */
  merged_into: string | null;
  sentiment_label: SentimentLabel;
  /** -1 … 1. */
  sentiment_score: number;
  /** Why it is critical (`keyword:security`, `sentiment`), null when it is not. */
  critical_reason: string | null;
  critical_alerted_at: number | null;
  up_votes: number;
  down_votes: number;
  created_at: number;
  updated_at: number;
}

/** One member's vote on an item: 1 or -1 (a withdrawn vote is deleted). */
export interface FeedbackVoteTable {
  guild_id: string;
  item_id: string;
  user_id: string;
  value: number;
  voted_at: number;
}

/** Members told of an item's changes: its author, its voters, members who followed it. */
export interface FeedbackFollowerTable {
  guild_id: string;
  item_id: string;
  user_id: string;
  reason: 'author' | 'voter' | 'follow' | 'merged';
  since: number;
}

/** Every status change (and merge) of an item. */
export interface FeedbackHistoryTable {
  guild_id: string;
  item_id: string;
  at: number;
  from_status: FeedbackStatus;
  to_status: FeedbackStatus;
  by_id: string;
  note: string | null;
}

/** A member's choice to be told of changes by DM (only then does Guildhall DM them). */
export interface FeedbackPrefTable {
  guild_id: string;
  user_id: string;
  dm: number;
  updated_at: number;
}

/** Scored messages per channel and UTC day (counts only: no text, no author). */
export interface FeedbackSentimentDayTable {
  guild_id: string;
  /** UTC day number (days since 1970-01-01). */
  day: number;
  channel_id: string;
  positive: number;
  neutral: number;
  negative: number;
  /** Sum of the messages' scores (-1 … 1 each), for the mean. */
  score_sum: number;
}

/** A satisfaction or NPS survey posted in a channel. */
export interface FeedbackSurveyTable {
  guild_id: string;
  id: string;
  kind: SurveyKind;
  question: string;
  channel_id: string;
  message_id: string | null;
  /** The `feedback.surveys.scheduled` id, null when run on demand. */
  schedule_id: string | null;
  opened_by: string | null;
  opened_at: number;
  closes_at: number;
  closed_at: number | null;
}

/** One member's answer to a survey (changeable until it closes). */
export interface FeedbackSurveyResponseTable {
  guild_id: string;
  survey_id: string;
  user_id: string;
  score: number;
  comment: string | null;
  answered_at: number;
}

/** A quick poll (a Discord native poll where the platform has them). */
export interface FeedbackPollTable {
  guild_id: string;
  id: string;
  question: string;
  /** JSON array of answer texts. */
  answers: string;
  channel_id: string;
  message_id: string | null;
  native: number;
  opened_by: string;
  opened_at: number;
  closes_at: number;
  closed_at: number | null;
  /** JSON array of vote counts per answer once closed. */
  results: string | null;
}

/** One member's vote in a poll (an answer each; native polls may allow several). */
export interface FeedbackPollVoteTable {
  guild_id: string;
  poll_id: string;
  user_id: string;
  answer: number;
  voted_at: number;
}

/** The weekly report, kept as posted. */
export interface FeedbackReportTable {
  guild_id: string;
  /** First day of the week covered (YYYY-MM-DD, local to `feedback.timezone`). */
  week: string;
  created_at: number;
  /** The report (JSON). */
  report: string;
  message_id: string | null;
}

/** The feedback module's tables. */
export type FeedbackTables = {
  feedback_items: FeedbackItemTable;
  feedback_votes: FeedbackVoteTable;
  feedback_followers: FeedbackFollowerTable;
  feedback_history: FeedbackHistoryTable;
  feedback_prefs: FeedbackPrefTable;
  feedback_sentiment_days: FeedbackSentimentDayTable;
  feedback_surveys: FeedbackSurveyTable;
  feedback_survey_responses: FeedbackSurveyResponseTable;
  feedback_polls: FeedbackPollTable;
  feedback_poll_votes: FeedbackPollVoteTable;
  feedback_reports: FeedbackReportTable;
};

/**
 * The store's database seen with the feedback tables.
 * @param db - the store's database
 */
export function feedbackDb(db: Kysely<CoreTables>): Kysely<CoreTables & FeedbackTables> {
  return db.withTables<FeedbackTables>();
}

/**
 * Per guild, which finished UTC days `feedback.sentiment_daily` was emitted for: every day up
 * to `emitted_through`, except from `late_from` on (a day that got messages after it was
 * emitted: emitted again with its final counts).
 */
export interface FeedbackSentimentEmitTable {
  guild_id: string;
  emitted_through: number;
  late_from: number | null;
}

/** The sentiment part's state table (added by migration 0002). */
export type FeedbackSentimentStateTables = {
  feedback_sentiment_emits: FeedbackSentimentEmitTable;
};

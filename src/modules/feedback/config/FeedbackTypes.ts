import { z } from 'zod';

/** The kinds of feedback (seed 002 §5.1): bug report, feature request, general, community suggestion. */
export const FEEDBACK_TYPES = ['bug', 'feature', 'general', 'suggestion'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];
export const FeedbackTypeName = z.enum(FEEDBACK_TYPES);

/** How each type reads to members. */
export const FEEDBACK_TYPE_LABELS: Record<FeedbackType, string> = {
  bug: 'Bug report',
  feature: 'Feature request',
  general: 'General feedback',
  suggestion: 'Community suggestion',
};

/**
 * An item's lifecycle: new → triaged → planned → in progress → done / declined. `merged` is
 * where a duplicate ends: its votes and followers moved to the item it was merged into.
 */
export const FEEDBACK_STATUSES = ['new', 'triaged', 'planned', 'in_progress', 'done', 'declined', 'merged'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** The statuses staff may set (merging has its own command). */
export const SETTABLE_STATUSES = ['new', 'triaged', 'planned', 'in_progress', 'done', 'declined'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: 'New',
  triaged: 'Triaged',
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  declined: 'Declined',
  merged: 'Merged',
};

/** Sentiment classes (seed 002 §5.2). */
export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/** Survey kinds: satisfaction 1–10, Net Promoter Score 0–10. */
export const SURVEY_KINDS = ['satisfaction', 'nps'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

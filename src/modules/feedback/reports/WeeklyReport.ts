import { z } from 'zod';
import { FEEDBACK_STATUSES, FEEDBACK_TYPES } from '../config/FeedbackTypes.js';

const count = z.number().int().min(0);

/** Counts per sentiment class. */
export const SentimentCounts = z
  .object({ positive: count, neutral: count, negative: count })
  .describe('Counts per sentiment class.');
export type SentimentCounts = z.infer<typeof SentimentCounts>;

/** One topic of the week: a lemmatised noun or noun phrase and the items that mention it. */
export const ReportTopic = z.object({
  term: z.string().describe('The lemmatised noun or noun phrase ("dark mode", "login").'),
  count: count.describe('Items of the week that mention it (each item counted once).'),
  items: z.array(z.number().int()).optional().describe('Numbers (#) of those items, lowest first.'),
});
export type ReportTopic = z.infer<typeof ReportTopic>;

/** Why an item is among the priority issues. */
export const PriorityReason = z.enum(['critical', 'votes', 'negative']);
export type PriorityReason = z.infer<typeof PriorityReason>;

/** One priority issue: an open item staff should look at first. */
export const PriorityItem = z.object({
  number: z.number().int().describe('The item number (#42).'),
  title: z.string(),
  type: z.enum(FEEDBACK_TYPES),
  status: z.enum(FEEDBACK_STATUSES),
  reason: PriorityReason.describe(
    '`critical`: flagged critical and open; `negative`: an open bug scored negative; `votes`: an open voteable item by net votes.',
  ),
  votes: z.number().int().describe('Net votes (up − down).'),
  critical_reason: z.string().nullable().describe('Why it is critical (`keyword:security`, `sentiment`), else null.'),
});
export type PriorityItem = z.infer<typeof PriorityItem>;

/** Surveys that closed during the week. */
export const ReportSurveys = z.object({
  closed: count.describe('Surveys closed during the week.'),
  responses: count.describe('Their answers.'),
  satisfactionMean: z.number().nullable().describe('Mean score of the satisfaction surveys (1–10), null if none.'),
  nps: z.number().nullable().describe('NPS of the NPS surveys’ answers pooled (−100…100), null if none.'),
});
export type ReportSurveys = z.infer<typeof ReportSurveys>;

/**
 * The weekly feedback report: totals, the week's activity, sentiment, topics and priority
 * issues. Posted to `feedback.report.channel`, stored in `feedback_reports` and served to the
 * dashboard (the same schema in the OpenAPI document).
 */
export const WeeklyReport = z
  .object({
    weekStart: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('First day covered (YYYY-MM-DD, local to `feedback.timezone`).'),
    from: z.number().int().describe('Start of the period (epoch ms, inclusive).'),
    to: z.number().int().describe('End of the period (epoch ms, exclusive).'),
    totals: z
      .object({
        items: count,
        byType: z.object({ bug: count, feature: count, general: count, suggestion: count }),
        byStatus: z.object({
          new: count,
          triaged: count,
          planned: count,
          in_progress: count,
          done: count,
          declined: count,
          merged: count,
        }),
      })
      .describe('All items of the guild as of `to`, by type and by current status.'),
    opened: count.describe('Items submitted during the period.'),
    closed: count.describe('Items moved to done, declined or merged during the period.'),
    sentiment: z.object({
      items: SentimentCounts.describe('Items submitted during the period, by sentiment.'),
      messages: SentimentCounts.describe('Messages scored during the period (whole UTC days), by sentiment.'),
    }),
    topics: z.array(ReportTopic).describe('Top topics of the items submitted during the period.'),
    priority: z.array(PriorityItem).max(10).describe('Open items to look at first (at most 10).'),
    surveys: ReportSurveys.optional().describe('Surveys closed during the period, when any.'),
  })
  .describe('The weekly feedback report.');
export type WeeklyReport = z.infer<typeof WeeklyReport>;

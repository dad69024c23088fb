// The request and response schemas of the analytics module's read API, mounted at
// /api/analytics/…. The dashboard's analytics page codes against this file: keep it stable.
// Definitions of every figure: docs/analytics.md ("Metrics", "Health score").
import { z } from 'zod';

/** A UTC calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/**
 * The date range of a request: both ends included, UTC days. Without `to`: today; without
 * `from`: 29 days before `to` (30 days). At most 731 days.
 */
export const DateRangeQuery = z.object({
  from: IsoDate.optional().describe('First day (UTC, included). Default: 29 days before `to`.'),
  to: IsoDate.optional().describe('Last day (UTC, included). Default: today.'),
});
export type DateRangeQuery = z.infer<typeof DateRangeQuery>;

/** The range a response covers, as resolved from the request. */
export const DateRange = z.object({ from: IsoDate, to: IsoDate, days: z.number().int() });
export type DateRange = z.infer<typeof DateRange>;

/** Time to first response over a range (CHAOSS); times in hours, null without answered topics. */
export const FirstResponse = z.object({
  topics: z.number().int().describe('Topics started in the range.'),
  answered: z.number().int().describe('Of those, topics with a first response by another human.'),
  answeredShare: z.number().nullable().describe('answered / topics; null without topics.'),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
});
export type FirstResponse = z.infer<typeof FirstResponse>;

/** `GET /api/analytics/summary`: the headline figures of a range. */
export const AnalyticsSummary = z.object({
  range: DateRange,
  /** Members at the end of the range's last day. */
  members: z.number().int(),
  /** Members at the end of the day before the range. */
  membersAtStart: z.number().int(),
  joins: z.number().int(),
  leaves: z.number().int(),
  /** leaves / membersAtStart; null when membersAtStart is 0. */
  churnRate: z.number().nullable(),
  /** (members − membersAtStart) / membersAtStart; null when membersAtStart is 0. */
  growthRate: z.number().nullable(),
  messages: z.number().int(),
  replies: z.number().int(),
  reactions: z.number().int(),
  messagesPerDay: z.number(),
  /** Distinct active members on the range's last day, last 7 days and last 30 days. */
  dau: z.number().int(),
  wau: z.number().int(),
  mau: z.number().int(),
  /** dau / mau; null when mau is 0. */
  stickiness: z.number().nullable(),
  /** Distinct active members over the whole range. */
  activeMembers: z.number().int(),
  /** (messages + replies) / members; null when members is 0. */
  engagementRate: z.number().nullable(),
  /** Share of the range's joiners who posted within 7 days of joining; null without joiners. */
  activationRate: z.number().nullable(),
  firstResponse: FirstResponse,
});
export type AnalyticsSummary = z.infer<typeof AnalyticsSummary>;

/** One UTC day of the series. */
export const SeriesPoint = z.object({
  date: IsoDate,
  members: z.number().int(),
  joins: z.number().int(),
  leaves: z.number().int(),
  messages: z.number().int(),
  replies: z.number().int(),
  reactions: z.number().int(),
  dau: z.number().int(),
  /** Distinct active members over the 7 days ending that day. */
  wau: z.number().int(),
  /** Distinct active members over the 30 days ending that day. */
  mau: z.number().int(),
  /** dau / mau; null when mau is 0. */
  stickiness: z.number().nullable(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** `GET /api/analytics/series`: one point per day of the range, oldest first. */
export const AnalyticsSeries = z.object({ range: DateRange, points: z.array(SeriesPoint) });
export type AnalyticsSeries = z.infer<typeof AnalyticsSeries>;

/** Query of `GET /api/analytics/retention`. */
export const RetentionQuery = DateRangeQuery.extend({
  basis: z.enum(['join', 'first-message']).default('join').describe('Cohort by join date or by first message date.'),
});
export type RetentionQuery = z.infer<typeof RetentionQuery>;

/** One weekly cohort (Monday to Sunday, UTC) and its retention. */
export const RetentionCohort = z.object({
  /** Monday of the cohort's week. */
  week: IsoDate,
  size: z.number().int(),
  /** Share of the cohort active in days 1–7 after their start day; null before that window is complete. */
  retention7d: z.number().nullable(),
  /** Share active in days 1–30 after their start day; null before that window is complete. */
  retention30d: z.number().nullable(),
  /**
   * Heatmap cells: `weeks[k]` is the share of the cohort active in week k after their start day
   * (days 7k+1 … 7k+7); null when that week is not over yet. Up to 12 weeks.
   */
  weeks: z.array(z.number().nullable()),
});
export type RetentionCohort = z.infer<typeof RetentionCohort>;

/** `GET /api/analytics/retention`: the cohorts that started in the range, oldest first. */
export const RetentionCohorts = z.object({
  range: DateRange,
  basis: z.enum(['join', 'first-message']),
  cohorts: z.array(RetentionCohort),
});
export type RetentionCohorts = z.infer<typeof RetentionCohorts>;

/** One channel's activity over the range. */
export const ChannelActivity = z.object({
  channelId: z.string(),
  /** The channel's name on the platform, when it still exists (threads have none). */
  name: z.string().optional(),
  messages: z.number().int(),
  replies: z.number().int(),
  reactions: z.number().int(),
  firstResponse: FirstResponse,
});
export type ChannelActivity = z.infer<typeof ChannelActivity>;

/** `GET /api/analytics/channels`: channels with activity in the range, busiest first. */
export const AnalyticsChannels = z.object({ range: DateRange, channels: z.array(ChannelActivity) });
export type AnalyticsChannels = z.infer<typeof AnalyticsChannels>;

/** The health score of one day and its parts, each 0–100. */
export const HealthPoint = z.object({
  date: IsoDate,
  score: z.number(),
  engagement: z.number(),
  growth: z.number(),
  sentiment: z.number(),
});
export type HealthPoint = z.infer<typeof HealthPoint>;

/** `GET /api/analytics/health`: the score on the range's last day, its inputs and the daily trend. */
export const HealthReport = z.object({
  range: DateRange,
  current: HealthPoint,
  /** The raw inputs of the current score. */
  inputs: z.object({
    /** 30-day engagement rate ((messages + replies) / members). */
    engagementRate: z.number().nullable(),
    engagementTarget: z.number(),
    /** 30-day growth rate. */
    growthRate: z.number().nullable(),
    growthTarget: z.number(),
  }),
  weights: z.object({ engagement: z.number(), growth: z.number(), sentiment: z.number() }),
  /** True while no sentiment has been measured (no `feedback.sentiment_daily` yet): counted as neutral (50). */
  sentimentPending: z.boolean(),
  trend: z.array(HealthPoint),
});
export type HealthReport = z.infer<typeof HealthReport>;

/** The datasets the CSV export can produce. */
export const EXPORT_DATASETS = ['series', 'channels', 'retention', 'health'] as const;

/** Query of `GET /api/analytics/export`. */
export const ExportQuery = DateRangeQuery.extend({
  dataset: z.enum(EXPORT_DATASETS).describe('Which table to export.'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

/**
 * `GET /api/analytics/export`: module routes answer JSON only, so the CSV comes as text with
 * a file name for the page to save (`text/csv`, RFC 4180, header row first).
 */
export const CsvExport = z.object({
  filename: z.string(),
  contentType: z.literal('text/csv'),
  csv: z.string(),
});
export type CsvExport = z.infer<typeof CsvExport>;

/**
 * Response shapes of the dashboard API (`/api/overview`, `/api/leaderboard`, `/api/v2/leaderboard`,
 * `/api/events`), as zod schemas: the routes serialise with them, `/openapi.json` documents
 * them, and the types (`z.infer`) are what the web dashboard imports, so server, document and
 * client cannot drift apart.
 */
import { z } from 'zod';
import { ApiErrorSchema } from '../openapi/ApiErrorSchema.js';

/** A lockdown in force, from the moderation module's `moderation.lockdown_started` event. */
export const OverviewLockdownSchema = z.object({
  startedAt: z.number().describe('Epoch ms it started.'),
  reason: z.string(),
  startedBy: z.string().nullable().describe('The moderator who started it; null when automod did.'),
  startedByName: z.string().nullable().describe("Their name (event log, else the platform's member list), when known."),
  endsAt: z
    .number()
    .nullable()
    .describe('When it was set to lift by itself (a new spike pushes it back); null: until `/lockdown end`.'),
});
export type OverviewLockdown = z.infer<typeof OverviewLockdownSchema>;

export const OverviewCountsSchema = z.object({
  eventsRecorded: z.number().describe('Events in the event log for this guild.'),
  eventsHandled: z.number().describe('Of those, events every subscribed module has run on.'),
  handlerFailures: z.number().describe('Module handlers that threw on an event of this guild.'),
  jobsPending: z.number().describe('Durable jobs waiting to run.'),
  members: z.number().describe('Members currently in the guild, as far as the event log knows.'),
});
export type OverviewCounts = z.infer<typeof OverviewCountsSchema>;

export const EventTypeCountSchema = z.object({ type: z.string(), count: z.number() });
export type EventTypeCount = z.infer<typeof EventTypeCountSchema>;

export const HourlyCountSchema = z.object({
  hour: z.number().describe('Start of the hour, epoch ms (UTC hour boundary).'),
  count: z.number(),
});
export type HourlyCount = z.infer<typeof HourlyCountSchema>;

/** One event of the log, with a one-line human summary. */
export const EventSummarySchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  occurredAt: z.number().describe('Epoch ms.'),
  summary: z.string(),
});
export type EventSummary = z.infer<typeof EventSummarySchema>;

/** `GET /api/events` rows: the summary plus handling state and the raw payload. */
export const EventDetailSchema = EventSummarySchema.extend({
  recordedAt: z.number(),
  handledAt: z.number().nullable().describe('Epoch ms when every subscribed module had run, or null while pending.'),
  payload: z.unknown(),
});
export type EventDetail = z.infer<typeof EventDetailSchema>;

const NAME_DESCRIPTION =
  "Display name from the member's join event, else from the platform's member list; null when neither has it.";

/** One row of `GET /api/leaderboard`. */
export const LeaderboardEntrySchema = z.object({
  rank: z.number().describe('1-based position (ties are ordered by user id).'),
  userId: z.string(),
  name: z.string().nullable().describe(NAME_DESCRIPTION),
  points: z.number(),
  messages: z.number(),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntrySchema>;

/** `GET /api/overview`: everything the Overview page shows in one request. */
export const OverviewResponseSchema = z.object({
  community: z.object({ name: z.string(), guildId: z.string(), platform: z.enum(['discord', 'sandbox']) }),
  counts: OverviewCountsSchema,
  eventsByType: z.array(EventTypeCountSchema).describe('Event counts per type over the whole log, largest first.'),
  eventsPerHour: z
    .array(HourlyCountSchema)
    .describe('24 hourly buckets, oldest first; the last one is the current (partial) hour.'),
  recentEvents: z.array(EventSummarySchema),
  leaderboard: z.array(LeaderboardEntrySchema),
  lockdown: OverviewLockdownSchema.nullable().describe("The lockdown in force (moderation's raid mode), or null."),
});
export type OverviewResponse = z.infer<typeof OverviewResponseSchema>;

/** Body of every 4xx answer of the dashboard API. */
export { ApiErrorSchema };
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Leaderboard periods: calendar week (from Monday, UTC), calendar month (UTC), season, all time. */
export const LEADERBOARD_PERIODS = ['week', 'month', 'season', 'all'] as const;
export const LeaderboardPeriodSchema = z.enum(LEADERBOARD_PERIODS);
export type LeaderboardPeriod = z.infer<typeof LeaderboardPeriodSchema>;

const MeasureSchema = z
  .enum(['points', 'count'])
  .describe('`points`: values are points; `count`: how many (e.g. helpful answers).');

/** A leaderboard category as recognition names it (`points`, `helpful_answers` …). */
export const LeaderboardCategorySchema = z.object({
  id: z.string(),
  label: z.string().describe('e.g. "Points", "Helpful answers".'),
  measure: MeasureSchema,
});
export type LeaderboardCategory = z.infer<typeof LeaderboardCategorySchema>;

/** One position of `GET /api/v2/leaderboard`. */
export const PeriodLeaderboardEntrySchema = z.object({
  rank: z.number().describe('1-based position (ties are ordered by user id).'),
  userId: z.string(),
  name: z.string().nullable().describe(NAME_DESCRIPTION),
  value: z.number().describe('Points, or a count for `count` categories, within the period.'),
});
export type PeriodLeaderboardEntry = z.infer<typeof PeriodLeaderboardEntrySchema>;

/** `GET /api/v2/leaderboard`: one category's board for the current period. */
export const PeriodLeaderboardResponseSchema = z.object({
  period: LeaderboardPeriodSchema,
  label: z.string().describe('e.g. "week of 2026-11-16", "November 2026", "season 3", "all time".'),
  start: z.number().nullable().describe('Start of the period (epoch ms, UTC); null for all time.'),
  end: z.number().nullable().describe('End of the period (epoch ms, exclusive); null for all time.'),
  category: z.string().describe('Category id.'),
  categoryLabel: z.string(),
  measure: MeasureSchema,
  categories: z
    .array(LeaderboardCategorySchema)
    .describe('Every category there is, `points` first (what the dashboard offers).'),
  entries: z.array(PeriodLeaderboardEntrySchema),
});
export type PeriodLeaderboardResponse = z.infer<typeof PeriodLeaderboardResponseSchema>;

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/** A guild's counts for one UTC day. */
export interface AnalyticsDayTable {
  guild_id: string;
  /** UTC days since the epoch. */
  day: number;
  /** Messages by humans (bots are not counted anywhere in analytics). */
  messages: number;
  /** Of those, replies (a message reference to another message). */
  replies: number;
  reactions: number;
  joins: number;
  leaves: number;
}

/** One active human member on one UTC day. */
export interface AnalyticsMemberDayTable {
  guild_id: string;
  day: number;
  user_id: string;
  messages: number;
  replies: number;
  reactions: number;
}

/**
 * DAU, WAU and MAU of one UTC day, kept incrementally (rollups/activeDays.ts): distinct active
 * members that day, over the 7 days ending that day and over the 30 days ending that day.
 */
export interface AnalyticsActiveDayTable {
  guild_id: string;
  day: number;
  dau: number;
  wau: number;
  mau: number;
}

/**
 * A member's activity after one of their start days (rollups/memberStarts.ts), kept so that a
 * year of cohorts is read one row per member: the start day it was computed for (the member
 * directory's join day or first-message day) and a bit mask: bit k (0 … 11) active in week k
 * after the start (days 7k+1 … 7k+7), bit 12 active on one of days 1 … 30, bit 13 posted a
 * message on the start day or one of the 7 after (activation, join basis).
 */
export interface AnalyticsMemberStartTable {
  guild_id: string;
  user_id: string;
  /** `join` or `first-message`. */
  basis: string;
  start_day: number;
  mask: number;
}

/**
 * A member's active days as a bit set (rollups/memberActivity.ts): bit i of byte j is day
 * origin + 8j + i; set exactly for the days with a row in `analytics_member_days`.
 */
export interface AnalyticsMemberActivityTable {
  guild_id: string;
  user_id: string;
  /** First day of the set, a multiple of 8. */
  origin: number;
  days: Uint8Array;
}

/** One channel's counts for one UTC day. */
export interface AnalyticsChannelDayTable {
  guild_id: string;
  day: number;
  channel_id: string;
  messages: number;
  replies: number;
  reactions: number;
}

/**
 * A channel's counts over an aligned block of 8 days (level 1) or 64 days (level 2)
 * (rollups/dayBlocks.ts, rollups/channelBlocks.ts): the sums of its `analytics_channel_days`
 * rows in the block, so a year per channel reads a few dozen rows.
 */
export interface AnalyticsChannelBlockTable {
  guild_id: string;
  level: number;
  block: number;
  channel_id: string;
  messages: number;
  replies: number;
  reactions: number;
}

/** A conversation starter and its first response by another human. */
export interface AnalyticsTopicTable {
  guild_id: string;
  message_id: string;
  channel_id: string;
  author_id: string;
  posted_at: number;
  day: number;
  first_response_at: number | null;
  responder_id: string | null;
}

/**
 * Topics started on one UTC day per response-time bucket (rollups/responseBuckets.ts; bucket
 * -1: not answered yet), kept with the topics (rollups/responseCounts.ts) so the guild's time
 * to first response over a long range reads days × buckets rows, then only the topics of the
 * buckets holding the median and the p90 (metrics/bucketedRanks.ts).
 */
export interface AnalyticsResponseDayTable {
  guild_id: string;
  day: number;
  bucket: number;
  topics: number;
}

/**
 * A channel's topics per block of days (rollups/dayBlocks.ts: level 0 a day, 1 eight days, 2
 * sixty-four days) and response-time bucket, kept like `analytics_response_days`: each
 * channel's figures over a year read a few dozen blocks.
 */
export interface AnalyticsChannelResponseBlockTable {
  guild_id: string;
  level: number;
  block: number;
  channel_id: string;
  bucket: number;
  topics: number;
}

/** A KPI alert: open while `closed_at` is null. */
export interface AnalyticsAlertTable {
  id: number;
  guild_id: string;
  kpi: string;
  /** `critical` or `warning`. */
  level: string;
  value: number;
  target: number;
  critical: number;
  opened_at: number;
  closed_at: number | null;
  closed_value: number | null;
}

/** A report or digest posted (or previewed), once per kind and period. */
export interface AnalyticsReportTable {
  guild_id: string;
  /** `daily`, `weekly`, `monthly` or `digest`. */
  kind: string;
  /** The period it covers, e.g. `2026-12-01` or `2026-W48`. */
  period: string;
  posted_at: number;
  channel_id: string;
  message_id: string;
  /** The report as JSON. */
  body: string;
}

/**
 * One ended event's attendance, from the events module's `events.ended` (no member data: counts
 * only). Feeds the `event_attendance_rate` KPI.
 */
export interface AnalyticsEventAttendanceTable {
  guild_id: string;
  event_id: string;
  /** UTC day the event ended. */
  day: number;
  event_type: string;
  /** Members who had RSVPd going. */
  going: number;
  /** Members over the attendance threshold (walk-ins included). */
  attended: number;
}

/**
 * Messages classed by sentiment on one UTC day (all channels), from the feedback module's
 * `feedback.sentiment_daily` (counts only). Feeds the health score's sentiment part.
 */
export interface AnalyticsSentimentDayTable {
  guild_id: string;
  day: number;
  positive: number;
  neutral: number;
  negative: number;
}

/** The analytics module's tables. */
export type AnalyticsTables = {
  analytics_days: AnalyticsDayTable;
  analytics_member_days: AnalyticsMemberDayTable;
  analytics_channel_days: AnalyticsChannelDayTable;
  analytics_channel_blocks: AnalyticsChannelBlockTable;
  analytics_active_days: AnalyticsActiveDayTable;
  analytics_member_starts: AnalyticsMemberStartTable;
  analytics_member_activity: AnalyticsMemberActivityTable;
  analytics_topics: AnalyticsTopicTable;
  analytics_response_days: AnalyticsResponseDayTable;
  analytics_channel_response_blocks: AnalyticsChannelResponseBlockTable;
  analytics_alerts: AnalyticsAlertTable;
  analytics_reports: AnalyticsReportTable;
  analytics_event_attendance: AnalyticsEventAttendanceTable;
  analytics_sentiment_days: AnalyticsSentimentDayTable;
};

/**
 * Adds the analytics tables to the database's type.
 * @param db - the core database
 */
export function analyticsDb(db: Kysely<CoreTables>): Kysely<CoreTables & AnalyticsTables> {
  return db.withTables<AnalyticsTables>();
}

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * The UTC day number of an epoch-ms time.
 * @param ms - epoch milliseconds
 */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * Response shapes of the dashboard API (`/api/overview`, `/api/leaderboard`, `/api/v2/leaderboard`,
 * `/api/events`).
 * Types only: the web dashboard imports them too, so server and client cannot drift apart.
 */

/** `GET /api/overview`: everything the Overview page shows in one request. */
export interface OverviewResponse {
  community: { name: string; guildId: string; platform: 'discord' | 'sandbox' };
  counts: OverviewCounts;
  /** Event counts per type over the whole log, largest first. */
  eventsByType: EventTypeCount[];
  /** 24 hourly buckets, oldest first; the last one is the current (partial) hour. */
  eventsPerHour: HourlyCount[];
  recentEvents: EventSummary[];
  leaderboard: LeaderboardEntry[];
  /** The lockdown in force (moderation's raid mode), or null when none is. */
  lockdown: OverviewLockdown | null;
}

/** A lockdown in force, from the moderation module's `moderation.lockdown_started` event. */
export interface OverviewLockdown {
  /** Epoch ms it started. */
  startedAt: number;
  reason: string;
  /** The moderator who started it; null when automod did. */
  startedBy: string | null;
  /** Their name (event log, else the platform's member list), when known. */
  startedByName: string | null;
  /** When it was set to lift by itself (a new spike pushes it back); null: until `/lockdown end`. */
  endsAt: number | null;
}

export interface OverviewCounts {
  /** Events in the event log for this guild. */
  eventsRecorded: number;
  /** Of those, events every subscribed module has run on. */
  eventsHandled: number;
  /** Module handlers that threw on an event of this guild. */
  handlerFailures: number;
  /** Durable jobs waiting to run. */
  jobsPending: number;
  /** Members currently in the guild, as far as the event log knows. */
  members: number;
}

export interface EventTypeCount {
  type: string;
  count: number;
}

export interface HourlyCount {
  /** Start of the hour, epoch ms (UTC hour boundary). */
  hour: number;
  count: number;
}

/** One event of the log, with a one-line human summary. */
export interface EventSummary {
  id: string;
  type: string;
  source: string;
  /** Epoch ms. */
  occurredAt: number;
  summary: string;
}

/** `GET /api/events` rows: the summary plus handling state and the raw payload. */
export interface EventDetail extends EventSummary {
  recordedAt: number;
  /** Epoch ms when every subscribed module had run, or null while pending. */
  handledAt: number | null;
  payload: unknown;
}

/** One row of `GET /api/leaderboard`. */
export interface LeaderboardEntry {
  /** 1-based position (ties are ordered by user id). */
  rank: number;
  userId: string;
  /** Display name from the member's join event, else from the platform's member list; null when neither has it. */
  name: string | null;
  points: number;
  messages: number;
}

/** Body of every 4xx answer of the dashboard API. */
export interface ApiError {
  error: string;
}

/** Leaderboard periods: calendar week (from Monday, UTC), calendar month (UTC), season, all time. */
export type LeaderboardPeriod = 'week' | 'month' | 'season' | 'all';

/** A leaderboard category as recognition names it (`points`, `helpful_answers` …). */
export interface LeaderboardCategory {
  id: string;
  /** e.g. "Points", "Helpful answers". */
  label: string;
  /** `points`: values are points; `count`: how many (e.g. helpful answers). */
  measure: 'points' | 'count';
}

/** One position of `GET /api/v2/leaderboard`. */
export interface PeriodLeaderboardEntry {
  /** 1-based position (ties are ordered by user id). */
  rank: number;
  userId: string;
  /** Display name from the member's join event, else from the platform's member list; null when neither has it. */
  name: string | null;
  /** Points, or a count for `count` categories, within the period. */
  value: number;
}

/** `GET /api/v2/leaderboard`: one category's board for the current period. */
export interface PeriodLeaderboardResponse {
  period: LeaderboardPeriod;
  /** e.g. "week of 2026-11-16", "November 2026", "season 3", "all time". */
  label: string;
  /** Start of the period (epoch ms, UTC); null for all time. */
  start: number | null;
  /** End of the period (epoch ms, exclusive); null for all time. */
  end: number | null;
  /** Category id. */
  category: string;
  categoryLabel: string;
  measure: 'points' | 'count';
  /** Every category there is, `points` first (what the dashboard offers). */
  categories: LeaderboardCategory[];
  entries: PeriodLeaderboardEntry[];
}

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { ratio, type DayRange } from './DayRange.js';

const HOUR_MS = 3_600_000;

/** Time to first response over a range (CHAOSS); times in hours. */
export interface FirstResponseStats {
  /** Topics started in the range. */
  topics: number;
  /** Of those, topics answered by another human (whenever the answer came). */
  answered: number;
  /** answered / topics; null without topics. */
  answeredShare: number | null;
  /** Median time to first response of the answered topics; null when none. */
  medianHours: number | null;
  /** 90th percentile (nearest rank); null when none. */
  p90Hours: number | null;
}

/**
 * The median of sorted numbers (the mean of the two middle ones for an even count).
 * @param sorted - ascending, not empty
 */
export function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * The nearest-rank percentile of sorted numbers: the smallest value with at least `p` of the
 * values at or below it.
 * @param sorted - ascending, not empty
 * @param p - between 0 and 1
 */
export function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Summarises topics' response times.
 * @param rows - each topic's posting time and first response time (null: unanswered)
 */
export function firstResponseOf(
  rows: readonly { posted_at: number | string; first_response_at: number | string | null }[],
): FirstResponseStats {
  const hours = rows
    .filter((r) => r.first_response_at !== null)
    .map((r) => (Number(r.first_response_at) - Number(r.posted_at)) / HOUR_MS)
    .sort((a, b) => a - b);
  return {
    topics: rows.length,
    answered: hours.length,
    answeredShare: ratio(hours.length, rows.length),
    medianHours: hours.length === 0 ? null : median(hours),
    p90Hours: hours.length === 0 ? null : nearestRank(hours, 0.9),
  };
}

/**
 * Time to first response of the topics started in a range (docs/analytics.md, "Time to first
 * response"), optionally in one channel. An index range read of `analytics_topics`.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days the topics were started
 * @param channelId - only topics of this channel
 */
export async function firstResponse(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  channelId?: string,
): Promise<FirstResponseStats> {
  let query = analyticsDb(db)
    .selectFrom('analytics_topics')
    .select(['posted_at', 'first_response_at'])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay);
  if (channelId !== undefined) query = query.where('channel_id', '=', channelId);
  return firstResponseOf(await query.execute());
}

/**
 * Time to first response per channel over a range, in one read.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days the topics were started
 */
export async function firstResponseByChannel(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
): Promise<Map<string, FirstResponseStats>> {
  const rows = await analyticsDb(db)
    .selectFrom('analytics_topics')
    .select(['channel_id', 'posted_at', 'first_response_at'])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .execute();
  const grouped = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = grouped.get(r.channel_id);
    if (list === undefined) grouped.set(r.channel_id, [r]);
    else list.push(r);
  }
  return new Map([...grouped].map(([channel, list]) => [channel, firstResponseOf(list)]));
}

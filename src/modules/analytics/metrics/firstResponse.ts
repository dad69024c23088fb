import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { ratio, type DayRange } from './DayRange.js';
import { ranksOf } from './responseRanks.js';
import { channelRanks, guildRanks } from './bucketedRanks.js';
import { median, nearestRank } from '../../../core/ranks.js';
import { chunks } from '../../../core/chunks.js';

const HOUR_MS = 3_600_000;

/** Channels per grouped read of their counts (bound parameters stay well under every limit). */
const CHANNEL_CHUNK = 500;

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
 * Time to first response of a scope from its counts and, when some topic was answered, the
 * response times at the median's and the p90's ranks (`bucketedRanks.ts`): the same
 * figures as `firstResponseOf` on every row.
 */
function statsOf(topics: number, answered: number, at: ReadonlyMap<number, number>): FirstResponseStats {
  if (answered === 0) return { topics, answered, answeredShare: ratio(0, topics), medianHours: null, p90Hours: null };
  const { low, high, p90 } = ranksOf(answered);
  const hours = (rank: number): number => (at.get(rank) ?? Number.NaN) / HOUR_MS;
  return {
    topics,
    answered,
    answeredShare: ratio(answered, topics),
    medianHours: high === low ? hours(low) : (hours(low) + hours(high)) / 2,
    p90Hours: hours(p90),
  };
}

/**
 * Time to first response of the topics started in a range (docs/analytics.md, "Time to first
 * response"), optionally in one channel: from the kept counts by response-time bucket and
 * walks of the buckets holding the ranks (`guildRanks`, `channelRanks`).
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
  const c =
    channelId === undefined
      ? await guildRanks(db, guildId, range)
      : (await channelRanks(db, guildId, range, [channelId])).get(channelId);
  return c === undefined ? statsOf(0, 0, new Map()) : statsOf(c.topics, c.answered, c.at);
}

/**
 * Time to first response per channel over a range (`channelRanks`, a chunk of channels per
 * read). A channel without topics in the range gets zero topics and null figures.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days the topics were started
 * @param channelIds - the channels
 */
export async function firstResponseByChannel(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  channelIds: readonly string[],
): Promise<Map<string, FirstResponseStats>> {
  const out = new Map<string, FirstResponseStats>();
  for (const chunk of chunks(channelIds, CHANNEL_CHUNK)) {
    const ranked = await channelRanks(db, guildId, range, chunk);
    for (const channelId of chunk) {
      const c = ranked.get(channelId);
      out.set(channelId, c === undefined ? statsOf(0, 0, new Map()) : statsOf(c.topics, c.answered, c.at));
    }
  }
  return out;
}

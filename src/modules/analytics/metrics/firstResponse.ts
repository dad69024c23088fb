import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { isPostgres } from '../../../store/isPostgres.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { ratio, type DayRange } from './DayRange.js';
import { countedRanksPg, ranksOf, responseTimesAtRanks } from './responseRanks.js';
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
 * response times at the median's and the p90's ranks (`responseTimesAtRanks`): the same
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
 * response"), optionally in one channel: the counts from an index range read of the range's
 * days, the median and p90 from the response times at their ranks (`responseTimesAtRanks`);
 * on PostgreSQL both in one pass (`countedRanksPg`).
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
  if (isPostgres(db)) {
    const counted = await countedRanksPg(db, guildId, range, channelId === undefined ? null : [channelId]);
    const c = counted.get(channelId ?? null) ?? { topics: 0, answered: 0, at: new Map<number, number>() };
    return statsOf(c.topics, c.answered, c.at);
  }
  let query = analyticsDb(db)
    .selectFrom('analytics_topics')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('topics'),
      eb.fn.count<number | string>('first_response_at').as('answered'),
    ])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay);
  if (channelId !== undefined) query = query.where('channel_id', '=', channelId);
  const counts = await query.executeTakeFirst();
  const answered = Number(counts?.answered ?? 0);
  const key = channelId ?? null;
  const at = await responseTimesAtRanks(db, guildId, range, answered === 0 ? [] : [{ channelId: key, answered }]);
  return statsOf(Number(counts?.topics ?? 0), answered, at.get(key) ?? new Map());
}

/**
 * Time to first response per channel over a range: one grouped read of the channels' counts
 * (the `(guild_id, channel_id, day, first_response_at)` index, a range per channel), then the
 * median and p90 of each channel with answered topics (on PostgreSQL both in one pass,
 * `countedRanksPg`). A channel without topics in the range
 * gets zero topics and null figures.
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
    if (isPostgres(db)) {
      const counted = await countedRanksPg(db, guildId, range, chunk);
      for (const channelId of chunk) {
        const c = counted.get(channelId) ?? { topics: 0, answered: 0, at: new Map<number, number>() };
        out.set(channelId, statsOf(c.topics, c.answered, c.at));
      }
      continue;
    }
    const rows = await analyticsDb(db)
      .selectFrom('analytics_topics')
      .select((eb) => [
        'channel_id',
        eb.fn.countAll<number | string>().as('topics'),
        eb.fn.count<number | string>('first_response_at').as('answered'),
      ])
      .where('guild_id', '=', guildId)
      .where('channel_id', 'in', chunk)
      .where('day', '>=', range.fromDay)
      .where('day', '<=', range.toDay)
      .groupBy('channel_id')
      .execute();
    const counts = new Map(rows.map((r) => [r.channel_id, { topics: Number(r.topics), answered: Number(r.answered) }]));
    const answered = [...counts].filter(([, c]) => c.answered > 0);
    const at = await responseTimesAtRanks(
      db,
      guildId,
      range,
      answered.map(([channelId, c]) => ({ channelId, answered: c.answered })),
    );
    for (const channelId of chunk) {
      const c = counts.get(channelId) ?? { topics: 0, answered: 0 };
      out.set(channelId, statsOf(c.topics, c.answered, at.get(channelId) ?? new Map()));
    }
  }
  return out;
}

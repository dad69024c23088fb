import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import type { DayRange } from './DayRange.js';

/** A scope whose answered topics are ranked: one channel, or the whole guild (null). */
export interface RankedScope {
  channelId: string | null;
  /** Answered topics of the scope in the range (at least 1). */
  answered: number;
}

/**
 * The 1-based ranks, among n answered topics, of the median's middle values and of the p90:
 * the middle one (odd n) or two (even n), and the nearest rank ⌈0.9 n⌉. The p90 is written
 * ⌊(9n + 9) / 10⌋, the integer form SQL computes too; it equals Math.ceil(0.9 * n) (the
 * definition, `nearestRank`) for every n up to 20 million at least (checked one by one).
 * @param n - answered topics
 */
export function ranksOf(n: number): { low: number; high: number; p90: number } {
  return { low: Math.floor((n + 1) / 2), high: Math.floor(n / 2) + 1, p90: Math.floor((9 * n + 9) / 10) };
}

const diff = sql<number | string>`first_response_at - posted_at`;

/**
 * SQLite: walks of the partial index of answered topics by response time
 * (`analytics_topics_response`, or `analytics_topics_channel_response` for a channel), each
 * stopping at its rank: no sort, and only the few values leave the database. `day + 0` keeps
 * the planner off the day index (which would sort the range's topics). The median walks up
 * from the fastest response, the p90 down from the slowest, so together they read about 60%
 * of the index entries of the scope.
 */
async function walkRanks(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  scope: RankedScope,
): Promise<Map<number, number>> {
  const adb = analyticsDb(db);
  const day = sql<number>`day + 0`;
  const { low, high, p90 } = ranksOf(scope.answered);
  const walk = (direction: 'asc' | 'desc', offset: number, limit: number) => {
    let query = adb
      .selectFrom('analytics_topics')
      .select([diff.as('ms')])
      .where('guild_id', '=', guildId)
      .where('first_response_at', 'is not', null)
      .where(day, '>=', range.fromDay)
      .where(day, '<=', range.toDay)
      .orderBy(diff, direction)
      .limit(limit)
      .offset(offset);
    if (scope.channelId !== null) query = query.where('channel_id', '=', scope.channelId);
    return adb.selectFrom(query.as('w')).select(['w.ms', sql.lit(direction).as('direction')]);
  };
  const rows = await walk('asc', low - 1, high - low + 1)
    .unionAll(walk('desc', scope.answered - p90, 1))
    .execute();
  const at = new Map<number, number>();
  const median = rows.filter((r) => r.direction === 'asc').map((r) => Number(r.ms));
  median.sort((a, b) => a - b).forEach((ms, i) => at.set(low + i, ms));
  // The same rank holds the same value, whichever walk reached it.
  for (const r of rows) if (r.direction === 'desc') at.set(p90, Number(r.ms));
  return at;
}

/** A scope's topics, answered topics and response times (ms) at the ranks of `ranksOf`. */
export interface CountedRanks {
  topics: number;
  answered: number;
  at: Map<number, number>;
}

/**
 * PostgreSQL: per scope (the whole guild, or each of the channels), the topics of the range,
 * the answered ones and the response times at the median's and the p90's ranks, in one pass
 * over the range's topics: the answered response times are sorted into an array per scope
 * (`array_agg … ORDER BY`) and only the elements at the ranks, computed in SQL from the same
 * row's count, leave the database. One read and one sort, where counts then ranks took two
 * passes (and the heap behind every index entry, twice, until the table is vacuumed).
 * @param db - the database (PostgreSQL)
 * @param guildId - the guild
 * @param range - the days the topics were started
 * @param channelIds - these channels, each its own scope; null for the whole guild
 * @returns per scope (channel id, or null for the guild); a channel without topics is absent
 */
export async function countedRanksPg(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  channelIds: readonly string[] | null,
): Promise<Map<string | null, CountedRanks>> {
  const byChannel = channelIds !== null;
  if (byChannel && channelIds.length === 0) return new Map();
  const channel = byChannel ? sql`channel_id` : sql`CAST(NULL AS text)`;
  const inChannels = byChannel ? sql`AND channel_id IN (${sql.join(channelIds.map((c) => sql`${c}`))})` : sql``;
  const group = byChannel ? sql`GROUP BY channel_id` : sql``;
  const { rows } = await sql<{
    channel_id: string | null;
    n: number | string;
    a: number | string;
    low: number | string | null;
    high: number | string | null;
    p90: number | string | null;
  }>`SELECT x.channel_id, x.n, x.a, x.arr[(x.a + 1) / 2] AS low, x.arr[x.a / 2 + 1] AS high,
      x.arr[(9 * x.a + 9) / 10] AS p90
    FROM (SELECT ${channel} AS channel_id, CAST(COUNT(*) AS integer) AS n,
        CAST(COUNT(first_response_at) AS integer) AS a,
        array_agg(first_response_at - posted_at ORDER BY first_response_at - posted_at)
          FILTER (WHERE first_response_at IS NOT NULL) AS arr
      FROM analytics_topics
      WHERE guild_id = ${guildId} ${inChannels} AND day >= ${range.fromDay} AND day <= ${range.toDay}
      ${group}) x`.execute(db);
  const out = new Map<string | null, CountedRanks>();
  for (const r of rows) {
    const answered = Number(r.a);
    const at = new Map<number, number>();
    if (answered > 0) {
      const { low, high, p90 } = ranksOf(answered);
      at.set(low, Number(r.low));
      at.set(high, Number(r.high));
      at.set(p90, Number(r.p90));
    }
    out.set(byChannel ? r.channel_id : null, { topics: Number(r.n), answered, at });
  }
  return out;
}

/**
 * SQLite: the response times (ms) of the answered topics of a range at the ranks the median
 * and the p90 need (`ranksOf`), per scope, by walks of the response-time index: only those few
 * values are read back. (PostgreSQL counts and ranks in one pass: `countedRanksPg`.)
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days the topics were started
 * @param scopes - the channels (or the whole guild, channelId null) and their answered topics
 * @returns per scope, response time by rank
 */
export async function responseTimesAtRanks(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  scopes: readonly RankedScope[],
): Promise<Map<string | null, Map<number, number>>> {
  const out = new Map<string | null, Map<number, number>>();
  for (const scope of scopes) out.set(scope.channelId, await walkRanks(db, guildId, range, scope));
  return out;
}

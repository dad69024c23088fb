import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { isPostgres } from '../../../store/isPostgres.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { blockRuns } from '../rollups/dayBlocks.js';
import { responseBucketBounds, UNANSWERED } from '../rollups/responseBuckets.js';
import type { DayRange } from './DayRange.js';
import { ranksOf, type CountedRanks } from './responseRanks.js';

const diff = sql<number | string>`first_response_at - posted_at`;

/** Walks per statement (each a handful of bound values). */
const WALKS_PER_STATEMENT = 200;

/** A scope: one channel, or the whole guild (null). */
type Scope = string | null;

/** A scope's topics and its answered topics per response-time bucket. */
interface ScopeCounts {
  topics: number;
  buckets: Map<number, number>;
}

/** A walk of one bucket of a scope: from the first place asked in it to the last. */
interface Walk {
  scope: Scope;
  bucket: number;
  first: number;
  last: number;
  /** Rank by place inside the bucket. */
  ranks: Map<number, number>;
}

/**
 * Adds a counts row to a scope.
 * @param counts - the scopes so far
 * @param scope - the row's scope
 * @param bucket - the row's bucket
 * @param topics - the row's topics
 */
function addCount(counts: Map<Scope, ScopeCounts>, scope: Scope, bucket: number, topics: number): void {
  let kept = counts.get(scope);
  if (kept === undefined) {
    kept = { topics: 0, buckets: new Map() };
    counts.set(scope, kept);
  }
  kept.topics += topics;
  if (bucket !== UNANSWERED && topics > 0) kept.buckets.set(bucket, (kept.buckets.get(bucket) ?? 0) + topics);
}

/**
 * The walks a scope needs: each rank (the median's one or two, the p90) falls in the bucket
 * where the running total of answered topics reaches it, at a place inside it; ranks in the
 * same bucket share a walk.
 * @param scope - the scope
 * @param buckets - its answered topics per bucket
 * @param answered - their sum
 */
function walksOf(scope: Scope, buckets: ReadonlyMap<number, number>, answered: number): Walk[] {
  const { low, high, p90 } = ranksOf(answered);
  const order = [...buckets.keys()].sort((a, b) => a - b);
  const walks = new Map<number, Walk>();
  for (const rank of new Set([low, high, p90])) {
    let before = 0;
    for (const bucket of order) {
      const n = buckets.get(bucket) ?? 0;
      if (before + n >= rank) {
        const place = rank - before;
        const walk = walks.get(bucket) ?? { scope, bucket, first: place, last: place, ranks: new Map() };
        walk.first = Math.min(walk.first, place);
        walk.last = Math.max(walk.last, place);
        walk.ranks.set(place, rank);
        walks.set(bucket, walk);
        break;
      }
      before += n;
    }
  }
  return [...walks.values()];
}

/**
 * Turns per-scope counts into each scope's counts and response times at its ranks: the walks
 * of the buckets holding the ranks, many per statement (`UNION ALL` of `ORDER BY … LIMIT …
 * OFFSET` reads of the response-time indexes `analytics_topics_response` and
 * `analytics_topics_channel_response`), so only those buckets' topics of the range are read.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days the topics were started
 * @param counts - per scope, its topics and answered topics by bucket
 */
async function ranksFromCounts(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  counts: ReadonlyMap<Scope, ScopeCounts>,
): Promise<Map<Scope, CountedRanks>> {
  const out = new Map<Scope, CountedRanks>();
  const walks: Walk[] = [];
  for (const [scope, c] of counts) {
    const answered = [...c.buckets.values()].reduce((sum, n) => sum + n, 0);
    out.set(scope, { topics: c.topics, answered, at: new Map() });
    if (answered > 0) walks.push(...walksOf(scope, c.buckets, answered));
  }
  const adb = analyticsDb(db);
  // SQLite: `day + 0` keeps its planner on the response-time index (not the day index, which
  // would sort the range's topics); PostgreSQL checks plain `day` inside that index's entries.
  const day = isPostgres(db) ? sql<number>`day` : sql<number>`day + 0`;
  const walkQuery = (walk: Walk, index: number) => {
    const { from, below } = responseBucketBounds(walk.bucket);
    let query = adb
      .selectFrom('analytics_topics')
      .select(diff.as('ms'))
      .where('guild_id', '=', guildId)
      .where('first_response_at', 'is not', null)
      .where(day, '>=', range.fromDay)
      .where(day, '<=', range.toDay)
      .orderBy(diff)
      .limit(walk.last - walk.first + 1)
      .offset(walk.first - 1);
    if (walk.scope !== null) query = query.where('channel_id', '=', walk.scope);
    // From the bucket's edge up, in order of response time, the bucket's topics come first, so
    // the next edge only steers the planners: PostgreSQL needs it for the guild's walk (without,
    // it read far more of the index), SQLite must not have it for a channel's (it then walked
    // the guild's index instead of the channel's).
    if (from !== null) query = query.where(diff, '>=', from);
    if (below !== null && walk.scope === null) query = query.where(diff, '<', below);
    return adb.selectFrom(query.as('w')).select(['w.ms', sql.lit(index).as('walk')]);
  };
  for (let start = 0; start < walks.length; start += WALKS_PER_STATEMENT) {
    const piece = walks.slice(start, start + WALKS_PER_STATEMENT);
    const [head, ...rest] = piece.map((walk, i) => walkQuery(walk, start + i));
    if (head === undefined) break;
    const rows = await rest.reduce((query, next) => query.unionAll(next), head).execute();
    const times = new Map<number, number[]>();
    for (const row of rows) {
      const walk = row.walk;
      times.set(walk, [...(times.get(walk) ?? []), Number(row.ms)]);
    }
    piece.forEach((walk, i) => {
      // A walk's rows are its places in order of response time (the parts of a UNION ALL come
      // back in no set order, the values of one part are sorted here).
      const ms = (times.get(start + i) ?? []).sort((a, b) => a - b);
      const at = out.get(walk.scope)?.at;
      for (const [place, rank] of walk.ranks) at?.set(rank, ms[place - walk.first] ?? Number.NaN);
    });
  }
  return out;
}

/**
 * The whole guild's topics, answered topics and response times (ms) at the median's and the
 * p90's ranks over a range, from the kept counts by day and response-time bucket
 * (`analytics_response_days`: days × buckets rows, one grouped read), then the walks of the
 * buckets holding the ranks: a year of topics is never read whole nor sorted. The same figures
 * as ranking every topic of the range (metricsAgainstRows.test.ts).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days the topics were started
 */
export async function guildRanks(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<CountedRanks> {
  const rows = await analyticsDb(db)
    .selectFrom('analytics_response_days')
    .select((eb) => ['bucket', eb.fn.sum<number | string>('topics').as('topics')])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .groupBy('bucket')
    .execute();
  const counts = new Map<Scope, ScopeCounts>();
  for (const row of rows) addCount(counts, null, row.bucket, Number(row.topics));
  const ranked = await ranksFromCounts(db, guildId, range, counts);
  return ranked.get(null) ?? { topics: 0, answered: 0, at: new Map() };
}

/**
 * Each channel's topics, answered topics and response times at the median's and the p90's
 * ranks over a range, from the kept counts per channel, block of days and bucket
 * (`analytics_channel_response_blocks`: the range as a few runs of aligned blocks,
 * rollups/dayBlocks.ts, summed in one statement), then the walks of the buckets holding each
 * channel's ranks.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days the topics were started
 * @param channelIds - the channels
 * @returns per channel with topics in the range (a channel without is absent)
 */
export async function channelRanks(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  channelIds: readonly string[],
): Promise<Map<string, CountedRanks>> {
  const out = new Map<string, CountedRanks>();
  const runs = blockRuns(range.fromDay, range.toDay);
  if (channelIds.length === 0 || runs.length === 0) return out;
  const adb = analyticsDb(db);
  const [head, ...rest] = runs.map((run) =>
    adb
      .selectFrom('analytics_channel_response_blocks')
      .select(['channel_id', 'bucket', 'topics'])
      .where('guild_id', '=', guildId)
      .where('level', '=', run.level)
      .where('block', '>=', run.fromBlock)
      .where('block', '<=', run.toBlock)
      .where('channel_id', 'in', channelIds),
  );
  if (head === undefined) return out;
  const rows = await adb
    .selectFrom(rest.reduce((query, next) => query.unionAll(next), head).as('r'))
    .select((eb) => ['r.channel_id', 'r.bucket', eb.fn.sum<number | string>('r.topics').as('topics')])
    .groupBy(['r.channel_id', 'r.bucket'])
    .execute();
  const counts = new Map<Scope, ScopeCounts>();
  for (const row of rows) addCount(counts, row.channel_id, row.bucket, Number(row.topics));
  for (const [scope, ranked] of await ranksFromCounts(db, guildId, range, counts)) {
    if (scope !== null && ranked.topics > 0) out.set(scope, ranked);
  }
  return out;
}

import { PostgresAdapter, sql, type Kysely } from 'kysely';
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

/**
 * PostgreSQL: one sort of the range's answered topics per scope, numbered in SQL
 * (`ROW_NUMBER()` and `COUNT(*)` over the scope), keeping the rows at the three ranks. A walk
 * of an expression index would read the table's row behind every entry here (no index-only
 * scan for an expression), and the planner's choice would hang on its statistics.
 */
async function numberRanks(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  scopes: readonly RankedScope[],
): Promise<Map<string | null, Map<number, number>>> {
  const channels = scopes.flatMap((s) => (s.channelId === null ? [] : [s.channelId]));
  const overall = scopes.some((s) => s.channelId === null);
  const out = new Map<string | null, Map<number, number>>();
  const read = async (byChannel: boolean): Promise<void> => {
    const part = byChannel ? sql`PARTITION BY channel_id ` : sql``;
    // Overall, the sorted rows hold the response time alone (a narrower sort).
    const channel = byChannel ? sql<string>`channel_id` : sql<string>`NULL`;
    let inner = analyticsDb(db)
      .selectFrom('analytics_topics')
      .select([
        channel.as('channel_id'),
        diff.as('ms'),
        sql<number | string>`ROW_NUMBER() OVER (${part}ORDER BY first_response_at - posted_at)`.as('rank'),
        sql<number | string>`COUNT(*) OVER (${part})`.as('n'),
      ])
      .where('guild_id', '=', guildId)
      .where('first_response_at', 'is not', null)
      .where('day', '>=', range.fromDay)
      .where('day', '<=', range.toDay);
    if (byChannel) inner = inner.where('channel_id', 'in', channels);
    const rows = await analyticsDb(db)
      .selectFrom(inner.as('t'))
      .select(['t.channel_id', 't.ms', 't.rank'])
      .where((eb) =>
        eb.or([
          eb('t.rank', '=', sql<number>`(t.n + 1) / 2`),
          eb('t.rank', '=', sql<number>`t.n / 2 + 1`),
          eb('t.rank', '=', sql<number>`(9 * t.n + 9) / 10`),
        ]),
      )
      .execute();
    for (const r of rows) {
      const key = byChannel ? r.channel_id : null;
      let at = out.get(key);
      if (at === undefined) out.set(key, (at = new Map<number, number>()));
      at.set(Number(r.rank), Number(r.ms));
    }
  };
  if (channels.length > 0) await read(true);
  if (overall) await read(false);
  return out;
}

/**
 * The response times (ms) of the answered topics of a range at the ranks the median and the
 * p90 need (`ranksOf`), per scope: on SQLite by walks of the response-time index, on
 * PostgreSQL by one numbered sort in SQL. Either way only those few values are read back.
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
  if (scopes.length === 0) return new Map();
  if (db.getExecutor().adapter instanceof PostgresAdapter) return numberRanks(db, guildId, range, scopes);
  const out = new Map<string | null, Map<number, number>>();
  for (const scope of scopes) out.set(scope.channelId, await walkRanks(db, guildId, range, scope));
  return out;
}

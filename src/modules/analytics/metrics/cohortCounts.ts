import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';
import type { CohortBasis } from './cohorts.js';
import type { DayRange } from './DayRange.js';

/** A weekly cohort's size and its latest start day. */
export interface CohortSize {
  /** Monday of the cohort's week. */
  week: number;
  size: number;
  latestStart: number;
}

/** Distinct members of a cohort active in one bucket of days after their start. */
export interface CohortBucket {
  week: number;
  /** The bucket (see `cohortBuckets`). */
  bucket: number;
  active: number;
}

// Integer arithmetic both databases agree on (positive operands): a member's start day, and
// the Monday of its ISO week (day 0, 1970-01-01, was a Thursday). Typed number | string: a
// driver may answer a computed bigint either way, so results go through Number().
function startDay(basis: CohortBasis): RawBuilder<number | string> {
  return basis === 'join'
    ? sql<number | string>`m.joined_at / ${sql.lit(DAY_MS)}`
    : sql<number | string>`m.first_message_at / ${sql.lit(DAY_MS)}`;
}

function weekOf(start: RawBuilder<number | string>): RawBuilder<number | string> {
  return sql<number | string>`(${start} - ((${start} + 3) % 7))`;
}

function startColumn(basis: CohortBasis): 'm.joined_at' | 'm.first_message_at' {
  return basis === 'join' ? 'm.joined_at' : 'm.first_message_at';
}

/**
 * The weekly cohorts of the humans who started in a range: size and latest start day. One
 * grouped index read of the member directory.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param basis - join or first message
 */
export async function cohortSizes(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
): Promise<CohortSize[]> {
  const start = startDay(basis);
  const week = weekOf(start);
  const column = startColumn(basis);
  const rows = await db
    .selectFrom('member_directory as m')
    .select((eb) => [week.as('week'), eb.fn.countAll<number | string>().as('size'), eb.fn.max(start).as('latest')])
    .where('m.guild_id', '=', guildId)
    .where('m.bot', '=', 0)
    .where(column, '>=', range.fromDay * DAY_MS)
    .where(column, '<', (range.toDay + 1) * DAY_MS)
    .groupBy(week)
    .execute();
  return rows
    .map((r) => ({ week: Number(r.week), size: Number(r.size), latestStart: Number(r.latest) }))
    .sort((a, b) => a.week - b.week);
}

/**
 * Distinct members of each weekly cohort active in buckets of days after their start day:
 * with `bucketDays` 7, bucket k holds days 7k+1 … 7k+7; up to `lastDay` days after the start.
 * One grouped read of `analytics_member_days` joined to the directory, counted in SQL.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param basis - join or first message
 * @param bucketDays - days per bucket
 * @param lastDay - last day after the start to count
 */
export async function cohortBuckets(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
  bucketDays: number,
  lastDay: number,
): Promise<CohortBucket[]> {
  const start = startDay(basis);
  const week = weekOf(start);
  const bucket = sql<number | string>`((a.day - ${start} - 1) / ${sql.lit(bucketDays)})`;
  const column = startColumn(basis);
  const rows = await analyticsDb(db)
    .selectFrom('analytics_member_days as a')
    .innerJoin('member_directory as m', (j) =>
      j.onRef('m.guild_id', '=', 'a.guild_id').onRef('m.user_id', '=', 'a.user_id'),
    )
    .select((eb) => [
      week.as('week'),
      bucket.as('bucket'),
      eb.fn.count<number | string>('a.user_id').distinct().as('active'),
    ])
    .where('a.guild_id', '=', guildId)
    .where('m.bot', '=', 0)
    .where(column, '>=', range.fromDay * DAY_MS)
    .where(column, '<', (range.toDay + 1) * DAY_MS)
    .where('a.day', '>', range.fromDay)
    .where('a.day', '<=', range.toDay + lastDay)
    .where(sql<boolean>`a.day > ${start}`)
    .where(sql<boolean>`a.day <= ${start} + ${sql.lit(lastDay)}`)
    .groupBy([week, bucket])
    .execute();
  return rows.map((r) => ({ week: Number(r.week), bucket: Number(r.bucket), active: Number(r.active) }));
}

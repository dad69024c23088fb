import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';
import { cohortBuckets, cohortSizes, type CohortBucket } from './cohortCounts.js';
import { activeBetween, cohortMembers, type CohortBasis, type CohortMember } from './cohorts.js';
import { ratio, type DayRange } from './DayRange.js';

/** Weeks of the retention heatmap after a cohort's start. */
export const COHORT_WEEKS = 12;

/** One weekly cohort and its retention (shares 0–1; null: window not over yet). */
export interface Cohort {
  /** Monday of the cohort's week. */
  week: number;
  size: number;
  retention7d: number | null;
  retention30d: number | null;
  /** Share active in week k after the start (days 7k+1 … 7k+7). */
  weeks: (number | null)[];
}

function shareActive(members: readonly CohortMember[], first: number, last: number): number | null {
  return ratio(members.filter((m) => activeBetween(m.active, first, last)).length, members.length);
}

/**
 * Retention by weekly cohort (docs/analytics.md, "Retention"): the humans who joined (or first
 * posted) in the range, grouped by the ISO week (Monday, UTC) of their start day. A window is
 * reported only once it is over for every member of the cohort (on or before `asOfDay`).
 * Three grouped reads, counted in SQL.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param basis - join or first message
 * @param asOfDay - last day whose activity is complete (usually yesterday)
 */
export async function retentionCohorts(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
  asOfDay: number,
): Promise<Cohort[]> {
  const sizes = await cohortSizes(db, guildId, range, basis);
  if (sizes.length === 0) return [];
  const weekly = await cohortBuckets(db, guildId, range, basis, 7, COHORT_WEEKS * 7);
  const month = await cohortBuckets(db, guildId, range, basis, 30, 30);
  const activeIn = (buckets: readonly CohortBucket[], week: number, bucket: number): number =>
    buckets.find((b) => b.week === week && b.bucket === bucket)?.active ?? 0;
  return sizes.map(({ week, size, latestStart }) => {
    const over = (lastOffset: number): boolean => latestStart + lastOffset <= asOfDay;
    const share = (active: number): number => active / size;
    return {
      week,
      size,
      retention7d: over(7) ? share(activeIn(weekly, week, 0)) : null,
      retention30d: over(30) ? share(activeIn(month, week, 0)) : null,
      weeks: Array.from({ length: COHORT_WEEKS }, (_, k) =>
        over(7 * k + 7) ? share(activeIn(weekly, week, k)) : null,
      ),
    };
  });
}

/**
 * N-day retention of the members who started in a range: the share active on any of days
 * 1 … N after their start day; null without such members.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param days - N (7 or 30)
 * @param basis - join or first message
 */
export async function retentionRate(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  days: number,
  basis: CohortBasis = 'join',
): Promise<number | null> {
  return shareActive(await cohortMembers(db, guildId, range, basis, days), 1, days);
}

/**
 * Activation (docs/analytics.md, "Activation"): the share of the humans who joined in the
 * range who posted a message on their join day or one of the 7 days after; null without
 * joiners. Two counts in SQL (index reads of the directory by join time and of their days).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the join days
 */
export async function activationRate(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<number | null> {
  const from = range.fromDay * DAY_MS;
  const to = (range.toDay + 1) * DAY_MS;
  const joiners = await db
    .selectFrom('member_directory')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('guild_id', '=', guildId)
    .where('bot', '=', 0)
    .where('joined_at', '>=', from)
    .where('joined_at', '<', to)
    .executeTakeFirst();
  // The join day is joined_at / 86 400 000 in integer division (both databases).
  const joinDay = sql<number>`m.joined_at / ${sql.lit(DAY_MS)}`;
  const activated = await analyticsDb(db)
    .selectFrom('analytics_member_days as a')
    .innerJoin('member_directory as m', (j) =>
      j.onRef('m.guild_id', '=', 'a.guild_id').onRef('m.user_id', '=', 'a.user_id'),
    )
    .select((eb) => eb.fn.count<number | string>('a.user_id').distinct().as('n'))
    .where('a.guild_id', '=', guildId)
    .where('m.bot', '=', 0)
    .where('m.joined_at', '>=', from)
    .where('m.joined_at', '<', to)
    .where('a.messages', '>', 0)
    .where('a.day', '>=', range.fromDay)
    .where('a.day', '<=', range.toDay + 7)
    .where(sql<boolean>`a.day >= ${joinDay}`)
    .where(sql<boolean>`a.day <= ${joinDay} + 7`)
    .executeTakeFirst();
  return ratio(Number(activated?.n ?? 0), Number(joiners?.n ?? 0));
}

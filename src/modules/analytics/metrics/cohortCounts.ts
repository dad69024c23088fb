import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';
import type { CohortBasis } from './cohorts.js';
import type { DayRange } from './DayRange.js';

/** Weeks of the retention heatmap after a cohort's start. */
export const COHORT_WEEKS = 12;

/** The days after the start that the 30-day retention looks at (1 … 30). */
const MONTH_DAYS = 30;

/** A weekly cohort: its size, latest start day and how many of it were active after their start. */
export interface CohortActivity {
  /** Monday of the cohort's week. */
  week: number;
  size: number;
  latestStart: number;
  /** Members active in week k after their start (days 7k+1 … 7k+7), k = 0 … 11. */
  weeks: number[];
  /** Members active on any of days 1 … 30 after their start. */
  month: number;
}

// Integer arithmetic both databases agree on (positive operands): a member's start day. Typed
// number | string: a driver may answer a computed bigint either way, so results go through Number().
function startDay(basis: CohortBasis): RawBuilder<number | string> {
  return basis === 'join'
    ? sql<number | string>`m.joined_at / ${sql.lit(DAY_MS)}`
    : sql<number | string>`m.first_message_at / ${sql.lit(DAY_MS)}`;
}

function startColumn(basis: CohortBasis): 'm.joined_at' | 'm.first_message_at' {
  return basis === 'join' ? 'm.joined_at' : 'm.first_message_at';
}

/**
 * The weekly cohorts of the humans who started in a range (docs/analytics.md, "Retention by
 * cohort"), counted in SQL from the cohort's side: the member directory by join (or first
 * message) time, then, per member, one probe of the `(guild_id, user_id, day)` index of
 * `analytics_member_days` over the 84 days after their start. The probe folds the member's
 * days into a bit mask: bit k (0 … 11) set when active in week k after the start, bit 12 when
 * active on one of days 1 … 30. The masks are materialised once, then summed bit by bit per
 * cohort week, so the query reads each cohort member's days once and never the days of anyone
 * else.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param basis - join or first message
 */
export async function cohortActivity(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
): Promise<CohortActivity[]> {
  const column = startColumn(basis);
  const lastDay = COHORT_WEEKS * 7;
  const cohort = db
    .selectFrom('member_directory as m')
    .select(['m.guild_id', 'm.user_id', startDay(basis).as('start')])
    .where('m.guild_id', '=', guildId)
    .where('m.bot', '=', 0)
    .where(column, '>=', range.fromDay * DAY_MS)
    .where(column, '<', (range.toDay + 1) * DAY_MS);
  // Bit k = week k after the start; bit COHORT_WEEKS = active within MONTH_DAYS days. SUM of
  // distinct powers of two is their bitwise OR; null when the member has no day in the window.
  const mask = sql<number | string | null>`(
    SELECT SUM(DISTINCT 1 << CAST((a.day - d.start - 1) / 7 AS integer))
      + CASE WHEN MIN(a.day) <= d.start + ${sql.lit(MONTH_DAYS)} THEN ${sql.lit(2 ** COHORT_WEEKS)} ELSE 0 END
    FROM analytics_member_days a
    WHERE a.guild_id = d.guild_id AND a.user_id = d.user_id
      AND a.day > d.start AND a.day <= d.start + ${sql.lit(lastDay)}
  )`;
  const bit = (k: number) => sql<number | string | null>`SUM((c.mask >> ${sql.lit(k)}) & 1)`;
  const rows = await analyticsDb(db)
    .with(
      (wb) => wb('c').materialized(),
      (qb) => qb.selectFrom(cohort.as('d')).select(['d.start', mask.as('mask')]),
    )
    .selectFrom('c')
    .select((eb) => [
      sql<number | string>`c.start - ((c.start + 3) % 7)`.as('week'),
      eb.fn.countAll<number | string>().as('size'),
      eb.fn.max('c.start').as('latest'),
      ...Array.from({ length: COHORT_WEEKS + 1 }, (_, k) => bit(k).as(`b${k}`)),
    ])
    .groupBy(sql`c.start - ((c.start + 3) % 7)`)
    .execute();
  return rows
    .map((r) => {
      const row = r as Record<string, number | string | null>;
      const count = (k: number): number => Number(row[`b${k}`] ?? 0);
      return {
        week: Number(r.week),
        size: Number(r.size),
        latestStart: Number(r.latest),
        weeks: Array.from({ length: COHORT_WEEKS }, (_, k) => count(k)),
        month: count(COHORT_WEEKS),
      };
    })
    .sort((a, b) => a.week - b.week);
}

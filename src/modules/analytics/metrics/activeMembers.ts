import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { activeWithin } from '../rollups/memberActivity.js';
import { rangeLength, type DayRange } from './DayRange.js';

/** What counts as active: any message or reaction (default), or an interaction with others. */
export type ActiveKind = 'any' | 'interacted';

/** Up to this many days, a range's member-days are read by day; beyond, member by member. */
const SCAN_DAYS = 7;

/**
 * Distinct active members over a range (docs/analytics.md, "Active members"): humans with a
 * row in `analytics_member_days` in the range, i.e. who posted or reacted. `interacted` counts
 * only members who replied or reacted. A short range (a week) is one index range read of its
 * member-days. A longer one reads every member's kept bit set of active days
 * (`analytics_member_activity`, rollups/memberActivity.ts: set exactly for the days with a
 * member-day row), a row per member; `interacted` over a longer range counts from the member
 * directory, which has a row for everyone who ever posted or reacted, with one probe of each
 * member's days on the `(guild_id, user_id, day)` index. Either way the cost grows with the
 * members, not with the range's member-days.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 * @param kind - which activity counts
 */
export async function activeMembers(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  kind: ActiveKind = 'any',
): Promise<number> {
  const adb = analyticsDb(db);
  if (rangeLength(range) <= SCAN_DAYS) {
    let query = adb
      .selectFrom('analytics_member_days')
      .select((eb) => eb.fn.count<number | string>('user_id').distinct().as('n'))
      .where('guild_id', '=', guildId)
      .where('day', '>=', range.fromDay)
      .where('day', '<=', range.toDay);
    if (kind === 'interacted') query = query.where((eb) => eb.or([eb('replies', '>', 0), eb('reactions', '>', 0)]));
    const row = await query.executeTakeFirst();
    return Number(row?.n ?? 0);
  }
  if (kind === 'any') {
    // Every member's kept bit set of active days: one read of a row per member.
    const sets = await adb
      .selectFrom('analytics_member_activity')
      .select(['origin', 'days'])
      .where('guild_id', '=', guildId)
      .where('origin', '<=', range.toDay)
      .execute();
    return sets.filter((s) => activeWithin({ origin: s.origin, bits: s.days }, range.fromDay, range.toDay)).length;
  }
  // EXISTS in the select list, not in WHERE: PostgreSQL would turn a WHERE EXISTS into a
  // semi-join and may hash the range's member-days instead of probing member by member.
  const row = await adb
    .selectFrom('member_directory as m')
    .select((eb) => {
      let days = eb
        .selectFrom('analytics_member_days as a')
        .select(sql.lit(1).as('one'))
        .whereRef('a.guild_id', '=', 'm.guild_id')
        .whereRef('a.user_id', '=', 'm.user_id')
        .where('a.day', '>=', range.fromDay)
        .where('a.day', '<=', range.toDay);
      if (kind === 'interacted') days = days.where((ib) => ib.or([ib('a.replies', '>', 0), ib('a.reactions', '>', 0)]));
      return eb.fn.sum<number | string | null>(eb.case().when(eb.exists(days)).then(1).else(0).end()).as('n');
    })
    .where('m.guild_id', '=', guildId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** DAU, WAU and MAU of one day. */
export interface ActiveCounts {
  day: number;
  dau: number;
  wau: number;
  mau: number;
}

/**
 * DAU, WAU and MAU for every day of a range: distinct active members that day, over the 7
 * days ending that day and over the 30 days ending that day. One index range read of the
 * incremental rollup `analytics_active_days` (rollups/activeDays.ts); a day without a row
 * has no active member in any window.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 */
export async function activeSeries(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<ActiveCounts[]> {
  const length = rangeLength(range);
  if (length === 0) return [];
  const rows = await analyticsDb(db)
    .selectFrom('analytics_active_days')
    .select(['day', 'dau', 'wau', 'mau'])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .execute();
  const out: ActiveCounts[] = Array.from({ length }, (_, i) => ({ day: range.fromDay + i, dau: 0, wau: 0, mau: 0 }));
  for (const r of rows) out[r.day - range.fromDay] = { day: r.day, dau: r.dau, wau: r.wau, mau: r.mau };
  return out;
}

/**
 * DAU, WAU and MAU of one day (one primary-key read of `analytics_active_days`).
 * @param db - the database
 * @param guildId - the guild
 * @param day - the UTC day
 */
export async function activeCountsOn(db: Kysely<CoreTables>, guildId: string, day: number): Promise<ActiveCounts> {
  const [counts] = await activeSeries(db, guildId, { fromDay: day, toDay: day });
  return counts ?? { day, dau: 0, wau: 0, mau: 0 };
}

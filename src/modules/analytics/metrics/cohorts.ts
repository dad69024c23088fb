import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb, DAY_MS, dayOf } from '../AnalyticsTables.js';
import type { DayRange } from './DayRange.js';

/** What starts a member's cohort: their join, or their first message. */
export type CohortBasis = 'join' | 'first-message';

/** One member of a cohort and what they did after their start day. */
export interface CohortMember {
  userId: string;
  /** Their start day (join day, or first message day). */
  start: number;
  /** Days (offsets from the start day, 0 … maxOffset) on which they posted or reacted. */
  active: Set<number>;
  /** Days (offsets) on which they posted a message. */
  posted: Set<number>;
}

/**
 * The humans whose start day falls in a range, with their activity in the `maxOffset` days
 * from it. Two index reads: the member directory by join (or first message) time, and each
 * member's `analytics_member_days` rows from their start day (a probe of the
 * `(guild_id, user_id, day)` index per member).
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days of the cohort
 * @param basis - join or first message
 * @param maxOffset - how many days after the start to read
 */
export async function cohortMembers(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
  maxOffset: number,
): Promise<CohortMember[]> {
  const column = basis === 'join' ? ('joined_at' as const) : ('first_message_at' as const);
  const joinedColumn = basis === 'join' ? ('m.joined_at' as const) : ('m.first_message_at' as const);
  const from = range.fromDay * DAY_MS;
  const to = (range.toDay + 1) * DAY_MS;
  const members = await db
    .selectFrom('member_directory')
    .select(['user_id', 'joined_at', 'first_message_at'])
    .where('guild_id', '=', guildId)
    .where('bot', '=', 0)
    .where(column, '>=', from)
    .where(column, '<', to)
    .execute();
  const byUser = new Map<string, CohortMember>();
  for (const m of members) {
    const at = m[column];
    if (at === null) continue;
    byUser.set(m.user_id, { userId: m.user_id, start: dayOf(at), active: new Set(), posted: new Set() });
  }
  if (byUser.size === 0) return [];
  // From the cohort's side: each member's days on the (guild_id, user_id, day) index, bounded
  // by their own start day (no bound on the range's days, which would invite a scan of every
  // member's days of the range instead).
  const start =
    basis === 'join'
      ? sql<number>`m.joined_at / ${sql.lit(DAY_MS)}`
      : sql<number>`m.first_message_at / ${sql.lit(DAY_MS)}`;
  const activity = await analyticsDb(db)
    .selectFrom('member_directory as m')
    .innerJoin('analytics_member_days as a', (j) =>
      j.onRef('a.guild_id', '=', 'm.guild_id').onRef('a.user_id', '=', 'm.user_id'),
    )
    .select(['a.user_id', 'a.day', 'a.messages'])
    .where('m.guild_id', '=', guildId)
    .where('m.bot', '=', 0)
    .where(joinedColumn, '>=', from)
    .where(joinedColumn, '<', to)
    .where('a.day', '>=', start)
    .where('a.day', '<=', sql<number>`${start} + ${sql.lit(maxOffset)}`)
    .execute();
  for (const row of activity) {
    const member = byUser.get(row.user_id);
    if (member === undefined) continue;
    const offset = row.day - member.start;
    if (offset < 0 || offset > maxOffset) continue;
    member.active.add(offset);
    if (row.messages > 0) member.posted.add(offset);
  }
  return [...byUser.values()];
}

/**
 * Whether a member was active on any day from `first` to `last` after their start (offsets).
 * @param days - the member's active (or posting) offsets
 * @param first - first offset, included
 * @param last - last offset, included
 */
export function activeBetween(days: ReadonlySet<number>, first: number, last: number): boolean {
  for (const d of days) if (d >= first && d <= last) return true;
  return false;
}

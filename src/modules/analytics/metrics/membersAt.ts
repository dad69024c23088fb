import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { DAY_MS, dayOf } from '../AnalyticsTables.js';
import { rangeLength, type DayRange } from './DayRange.js';

/**
 * Members at the end of each day of a range (docs/analytics.md, "Members"): humans of the
 * member directory with a known join time before the day's end who had not left by then.
 * One index read of the guild's directory rows that overlap the range.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 * @returns one count per day, oldest first
 */
export async function membersAtDays(db: Kysely<CoreTables>, guildId: string, range: DayRange): Promise<number[]> {
  const length = rangeLength(range);
  const counts = new Array<number>(length + 1).fill(0);
  if (length === 0) return [];
  const rows = await db
    .selectFrom('member_directory')
    .select(['joined_at', 'left_at'])
    .where('guild_id', '=', guildId)
    .where('bot', '=', 0)
    .where('joined_at', 'is not', null)
    .where('joined_at', '<', (range.toDay + 1) * DAY_MS)
    .where((eb) => eb.or([eb('left_at', 'is', null), eb('left_at', '>=', (range.fromDay + 1) * DAY_MS)]))
    .execute();
  for (const row of rows) {
    // Counted from the day they joined to the day before they left (leaving at 00:00 exactly
    // means gone by the end of the day before).
    const first = Math.max(range.fromDay, dayOf(row.joined_at ?? 0));
    const last = row.left_at === null ? range.toDay : Math.min(range.toDay, dayOf(row.left_at) - 1);
    if (last < first) continue;
    counts[first - range.fromDay] = (counts[first - range.fromDay] ?? 0) + 1;
    counts[last - range.fromDay + 1] = (counts[last - range.fromDay + 1] ?? 0) - 1;
  }
  let running = 0;
  return counts.slice(0, length).map((delta) => (running += delta));
}

/**
 * Members at the end of one day.
 * @param db - the database
 * @param guildId - the guild
 * @param day - the UTC day
 */
export async function membersAt(db: Kysely<CoreTables>, guildId: string, day: number): Promise<number> {
  const [count] = await membersAtDays(db, guildId, { fromDay: day, toDay: day });
  return count ?? 0;
}

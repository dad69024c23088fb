import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { ratio, type DayRange } from './DayRange.js';

/**
 * The `event_attendance_rate` KPI: of the members who RSVPd going to the events that ended in
 * the range, the share who attended (`SUM(attended) / SUM(going)`, `attended` counting only going
 * members; walk-ins are not part of it, so it is at most 1). Null when nobody was going to any event of the range.
 * @param db - the database
 * @param guildId - the guild
 * @param range - UTC days, both ends included
 */
export async function eventAttendanceRate(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
): Promise<number | null> {
  const row = await analyticsDb(db)
    .selectFrom('analytics_event_attendance')
    .select((eb) => [
      eb.fn.sum<number | string | null>('going').as('going'),
      eb.fn.sum<number | string | null>('attended').as('attended'),
    ])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .executeTakeFirst();
  return ratio(Number(row?.attended ?? 0), Number(row?.going ?? 0));
}

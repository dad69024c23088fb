import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { EventTypeCount } from '../DashboardApi.js';

/**
 * Counts a guild's events per type, largest first (ties by type name).
 * @param db - the store's database
 * @param guildId - the guild whose events are counted
 */
export async function eventsByType(db: Kysely<CoreTables>, guildId: string): Promise<EventTypeCount[]> {
  const rows = await db
    .selectFrom('event_log')
    .select((eb) => ['type', eb.fn.countAll<number | string>().as('count')])
    .where('guild_id', '=', guildId)
    .groupBy('type')
    .orderBy('count', 'desc')
    .orderBy('type', 'asc')
    .execute();
  return rows.map((row) => ({ type: row.type, count: Number(row.count) }));
}

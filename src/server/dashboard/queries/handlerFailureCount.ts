import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/**
 * Counts module handler failures on a guild's events.
 * @param db - the store's database
 * @param guildId - the guild whose events the failures belong to
 */
export async function handlerFailureCount(db: Kysely<CoreTables>, guildId: string): Promise<number> {
  const row = await db
    .selectFrom('handler_failures')
    .innerJoin('event_log', 'event_log.id', 'handler_failures.event_id')
    .select((eb) => eb.fn.countAll<number | string>().as('failures'))
    .where('event_log.guild_id', '=', guildId)
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

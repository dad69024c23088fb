import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** How many events the log holds for a guild, and how many of them are fully handled. */
export interface EventCounts {
  recorded: number;
  handled: number;
}

/**
 * Counts a guild's recorded and handled events in one pass.
 * @param db - the store's database
 * @param guildId - the guild whose events are counted
 */
export async function eventCounts(db: Kysely<CoreTables>, guildId: string): Promise<EventCounts> {
  const row = await db
    .selectFrom('event_log')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('recorded'),
      // count(column) skips nulls: exactly the handled events.
      eb.fn.count<number | string>('handled_at').as('handled'),
    ])
    .where('guild_id', '=', guildId)
    .executeTakeFirstOrThrow();
  return { recorded: Number(row.recorded), handled: Number(row.handled) };
}

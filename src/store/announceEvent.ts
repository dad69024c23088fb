import { sql, type Kysely } from 'kysely';
import { EVENTS_CHANNEL } from './LeaseConnection.js';
import type { DialectName } from './Store.js';

/**
 * Announces that an event of the guild was recorded, to the workers listening (PostgreSQL's
 * NOTIFY: inside a unit of work it is delivered when the unit commits, and not at all if it
 * rolls back; the same guild announced twice in one unit is delivered once). On SQLite, which
 * only ever has one process, it does nothing.
 * @param db - the database
 * @param dialect - its dialect
 * @param guildId - the guild whose event was recorded
 */
export async function announceEvent<T>(db: Kysely<T>, dialect: DialectName, guildId: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_notify(${EVENTS_CHANNEL}, ${guildId})`.execute(db);
}

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { eventsDb } from '../EventsTables.js';

/**
 * Ids of the members whose RSVP to an event is `going` (not waitlisted), by id: the
 * denominator of the attendance rate and who, with attendees, may answer the survey.
 * @param db - the module's db
 * @param guildId - the guild
 * @param eventId - the event
 */
export async function goingMembers(db: Kysely<CoreTables>, guildId: string, eventId: string): Promise<string[]> {
  const rows = await eventsDb(db)
    .selectFrom('events_rsvps')
    .select('user_id')
    .where('guild_id', '=', guildId)
    .where('event_id', '=', eventId)
    .where('status', '=', 'going')
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

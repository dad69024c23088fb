import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { eventsDb } from '../EventsTables.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';

/**
 * Every stored event of the guild not over before `since` (end after it), by start: what the
 * programme plan compares with the file and the Discord sync pushes.
 * @param db - the module's db
 * @param guildId - the guild
 * @param since - epoch ms
 */
export async function guildEventsSince(
  db: Kysely<CoreTables>,
  guildId: string,
  since: number,
): Promise<CommunityEvent[]> {
  return eventsDb(db)
    .selectFrom('events_events')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('end_at', '>', since)
    .orderBy('start_at')
    .orderBy('id')
    .execute();
}

/**
 * Every stored event sharing one Discord scheduled event (several for a series created as one
 * Discord recurring event), by start.
 * @param db - the module's db
 * @param guildId - the guild
 * @param platformEventId - Discord's scheduled event id
 */
export async function eventsOfPlatformEvent(
  db: Kysely<CoreTables>,
  guildId: string,
  platformEventId: string,
): Promise<CommunityEvent[]> {
  return eventsDb(db)
    .selectFrom('events_events')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('platform_event_id', '=', platformEventId)
    .orderBy('start_at')
    .orderBy('id')
    .execute();
}

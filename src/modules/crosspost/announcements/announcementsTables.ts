import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** The tables of the announcements part (prefix `crosspost_`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type AnnouncementsTables = {};

/**
 * The database with the announcements part's tables.
 * @param db - the store's database
 */
export function announcementsDb(db: Kysely<CoreTables>): Kysely<CoreTables & AnnouncementsTables> {
  return db.withTables<AnnouncementsTables>();
}

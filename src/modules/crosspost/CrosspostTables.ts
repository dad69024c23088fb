import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { AnnouncementsTables } from './announcements/announcementsTables.js';

/** Every table of the crosspost module: its parts' tables. */
export type CrosspostTables = AnnouncementsTables;

/**
 * The database with the crosspost module's tables.
 * @param db - the store's database
 */
export function crosspostDb(db: Kysely<CoreTables>): Kysely<CoreTables & CrosspostTables> {
  return db.withTables<CrosspostTables>();
}

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** The tables of the library part (prefix `tutorials_`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type LibraryTables = {};

/**
 * The database with the library part's tables.
 * @param db - the store's database
 */
export function libraryDb(db: Kysely<CoreTables>): Kysely<CoreTables & LibraryTables> {
  return db.withTables<LibraryTables>();
}

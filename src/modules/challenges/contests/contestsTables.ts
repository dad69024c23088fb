import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** The tables of the contests part (prefix `challenges_`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type ContestsTables = {};

/**
 * The database with the contests part's tables.
 * @param db - the store's database
 */
export function contestsDb(db: Kysely<CoreTables>): Kysely<CoreTables & ContestsTables> {
  return db.withTables<ContestsTables>();
}

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** The tables of the showcases part (prefix `challenges_`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type ShowcasesTables = {};

/**
 * The database with the showcases part's tables.
 * @param db - the store's database
 */
export function showcasesDb(db: Kysely<CoreTables>): Kysely<CoreTables & ShowcasesTables> {
  return db.withTables<ShowcasesTables>();
}

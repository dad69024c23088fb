import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** The tables of the accounts part (prefix `github_`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type AccountsTables = {};

/**
 * The database with the accounts part's tables.
 * @param db - the store's database
 */
export function accountsDb(db: Kysely<CoreTables>): Kysely<CoreTables & AccountsTables> {
  return db.withTables<AccountsTables>();
}

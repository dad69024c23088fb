import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { DeliveriesTables } from './deliveries/deliveriesTables.js';
import type { AccountsTables } from './accounts/accountsTables.js';

/** Every table of the github module: its parts' tables. */
export type GithubTables = DeliveriesTables & AccountsTables;

/**
 * The database with the github module's tables.
 * @param db - the store's database
 */
export function githubDb(db: Kysely<CoreTables>): Kysely<CoreTables & GithubTables> {
  return db.withTables<GithubTables>();
}

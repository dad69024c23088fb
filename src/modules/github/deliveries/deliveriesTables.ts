import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** The tables of the deliveries part (prefix `github_`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type DeliveriesTables = {};

/**
 * The database with the deliveries part's tables.
 * @param db - the store's database
 */
export function deliveriesDb(db: Kysely<CoreTables>): Kysely<CoreTables & DeliveriesTables> {
  return db.withTables<DeliveriesTables>();
}

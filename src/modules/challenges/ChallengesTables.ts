import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { ContestsTables } from './contests/contestsTables.js';
import type { ShowcasesTables } from './showcases/showcasesTables.js';

/** Every table of the challenges module: its parts' tables. */
export type ChallengesTables = ContestsTables & ShowcasesTables;

/**
 * The database with the challenges module's tables.
 * @param db - the store's database
 */
export function challengesDb(db: Kysely<CoreTables>): Kysely<CoreTables & ChallengesTables> {
  return db.withTables<ChallengesTables>();
}

import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Whether a Kysely instance talks to PostgreSQL (for the few reads written per dialect, where
 * a caller has the database but not the store's `dialect`).
 * @param db - the database
 */
export function isPostgres<T>(db: Kysely<T>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/**
 * Counts durable jobs waiting to run (jobs carry no guild: the count is process-wide).
 * @param db - the store's database
 */
export async function pendingJobCount(db: Kysely<CoreTables>): Promise<number> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number | string>().as('pending'))
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.pending);
}

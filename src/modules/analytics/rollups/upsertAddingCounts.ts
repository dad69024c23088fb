import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { chunks } from '../../../core/chunks.js';
import type { AnalyticsTables } from '../AnalyticsTables.js';

/** The rollup tables whose rows are counters added to. */
type CounterTable =
  | 'analytics_days'
  | 'analytics_channel_days'
  | 'analytics_channel_blocks'
  | 'analytics_member_days'
  | 'analytics_active_days'
  | 'analytics_response_days'
  | 'analytics_channel_response_blocks';

/** Rows per statement: at most 7 columns each, well under both databases' parameter limits. */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts rollup rows, or adds their counters to the rows already there
 * (`INSERT … ON CONFLICT (key) DO UPDATE SET c = table.c + excluded.c`), many rows per statement.
 * @param db - the database (inside the caller's unit of work)
 * @param table - the rollup table
 * @param key - its primary key's columns
 * @param counters - the columns added to
 * @param rows - full rows (key and counters), each key once
 */
export async function upsertAddingCounts<T extends CounterTable>(
  db: Kysely<CoreTables>,
  table: T,
  key: readonly (keyof AnalyticsTables[T] & string)[],
  counters: readonly (keyof AnalyticsTables[T] & string)[],
  rows: readonly Record<string, string | number>[],
): Promise<void> {
  // The table is one of seven: Kysely's per-table types cannot follow a table chosen at run time.
  const dynamic = db as unknown as Kysely<Record<string, Record<string, string | number>>>;
  const name: string = table;
  const set = Object.fromEntries(
    counters.map((c) => [c, sql<number>`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]),
  );
  for (const piece of chunks(rows, ROWS_PER_STATEMENT)) {
    await dynamic
      .insertInto(name)
      .values(piece)
      .onConflict((oc) => oc.columns(key).doUpdateSet(set))
      .execute();
  }
}

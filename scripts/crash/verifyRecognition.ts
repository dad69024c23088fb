import { sql } from 'kysely';
import { DERIVED_TABLES } from '../../src/modules/recognition/RecognitionTables.js';
import type { CrashDb } from './crashDatabase.js';
import type { Finding } from './findings.js';

/** The derived recognition tables, each as sorted canonical rows (surrogate ids left out). */
export type RecognitionSnapshot = Record<string, string[]>;

/** Columns that number rows rather than describe them. */
const SURROGATE = new Set(['id']);

/** Reads every derived recognition table (points, ledger, counters, totals, unlocks …). */
export async function snapshotRecognition(db: CrashDb): Promise<RecognitionSnapshot> {
  const snapshot: RecognitionSnapshot = {};
  for (const table of DERIVED_TABLES) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    snapshot[table] = result.rows.map(canonical).sort();
  }
  return snapshot;
}

/**
 * Compares the live counters with the same tables after `/recompute-points` replayed the
 * event log: each row missing on one side is a mismatch.
 * @param live - before the recompute
 * @param recomputed - after it
 */
export function compareRecognition(
  live: RecognitionSnapshot,
  recomputed: RecognitionSnapshot,
): {
  rows: number;
  findings: Finding[];
} {
  const findings: Finding[] = [];
  let rows = 0;
  for (const table of Object.keys(live)) {
    const before = live[table] ?? [];
    const after = recomputed[table] ?? [];
    rows += before.length;
    for (const row of difference(before, after))
      findings.push({ kind: 'mismatch', check: table, detail: `live only: ${row}` });
    for (const row of difference(after, before))
      findings.push({ kind: 'mismatch', check: table, detail: `recompute only: ${row}` });
  }
  return { rows, findings };
}

/** Rows of `a` not matched one for one in `b`. */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const row of b) left.set(row, (left.get(row) ?? 0) + 1);
  const out: string[] = [];
  for (const row of a) {
    const n = left.get(row) ?? 0;
    if (n > 0) left.set(row, n - 1);
    else out.push(row);
  }
  return out;
}

function canonical(row: Record<string, unknown>): string {
  const keys = Object.keys(row)
    .filter((k) => !SURROGATE.has(k))
    .sort();
  return JSON.stringify(keys.map((k) => [k, normalise(row[k])]));
}

/** JSON cannot hold a bigint: both snapshots come from the same driver, so text is exact. */
function normalise(value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

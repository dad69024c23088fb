import { sql, type QueryExecutorProvider, type RawBuilder, type SqlBool } from 'kysely';
import type { MemberMatcher } from './MemberMatcher.js';

/** A table whose text columns may mention a member, and the columns that identify a row. */
export interface ScrubbedTable {
  table: string;
  /** Columns that identify one row (its primary key). */
  key: readonly string[];
  /** Text columns to scrub: plain text, or JSON (scrubbed value by value). */
  columns: readonly string[];
}

/** A database (or transaction) of any tables: scrubbing uses raw SQL by table name. */
export type AnyDb = QueryExecutorProvider;

/**
 * `lower(column) LIKE '%needle%'` for any column and needle, with `!` as the escape character
 * (portable: PostgreSQL treats `\` as an escape by default, SQLite has none).
 * @param columns - column names
 * @param needles - lower-case substrings
 */
export function mentionsAny(columns: readonly string[], needles: readonly string[]): RawBuilder<SqlBool> {
  const tests = columns.flatMap((column) =>
    needles.map((needle) => sql<SqlBool>`lower(${sql.ref(column)}) like ${likePattern(needle)} escape '!'`),
  );
  if (tests.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
}

/**
 * `column LIKE '%needle%'` (case as the database compares it), wildcards in the needle escaped.
 * @param column - a column name
 * @param needle - a substring
 */
export function contains(column: string, needle: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${likePattern(needle)} escape '!'`;
}

/**
 * `%needle%` with LIKE's wildcards and the escape character escaped.
 * @param needle - a substring
 */
export function likePattern(needle: string): string {
  return `%${needle.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/**
 * Rewrites every row of a table whose text columns mention the member, removing their id and
 * names (see {@link MemberMatcher.scrubStored}). Rows that only looked like a match keep
 * their values.
 * @param db - the database
 * @param spec - the table, its key and text columns
 * @param matcher - the member
 * @param where - an extra condition on the rows to consider
 * @returns rows changed
 */
export async function scrubRows(
  db: AnyDb,
  spec: ScrubbedTable,
  matcher: MemberMatcher,
  where: RawBuilder<SqlBool> = sql<SqlBool>`1 = 1`,
): Promise<number> {
  const selected = [...new Set([...spec.key, ...spec.columns])];
  const { rows } = await sql<
    Record<string, unknown>
  >`select ${sql.join(selected.map((c) => sql.ref(c)))} from ${sql.table(
    spec.table,
  )} where ${where} and ${mentionsAny(spec.columns, matcher.needles())}`.execute(db);
  let changed = 0;
  for (const row of rows) {
    const sets: RawBuilder<unknown>[] = [];
    for (const column of spec.columns) {
      const value = row[column];
      if (typeof value !== 'string') continue;
      const next = matcher.scrubStored(value);
      if (next !== value) sets.push(sql`${sql.ref(column)} = ${next}`);
    }
    if (sets.length === 0) continue;
    const keyMatch = spec.key.map((k) => sql`${sql.ref(k)} = ${row[k]}`);
    await sql`update ${sql.table(spec.table)} set ${sql.join(sets)} where ${sql.join(keyMatch, sql` and `)}`.execute(
      db,
    );
    changed += 1;
  }
  return changed;
}

import type { CreateTableBuilder, Kysely } from 'kysely';

/** A column type both SQLite and PostgreSQL understand alike. */
export type ColumnType = 'text' | 'integer' | 'bigint' | 'double precision';

/** A column: name, type, and whether it may be null (default: not null). */
export type Column = [name: string, type: ColumnType, nullable?: 'null'];

/**
 * Creates a table from a list of columns, with a named primary key (`<table>_pk`). For module
 * migrations whose tables are plain columns (no serial key).
 * @param db - the migration's database
 * @param name - table name (`<module>_<thing>`)
 * @param columns - in order
 * @param key - the primary key's columns
 */
export async function createTable(db: Kysely<unknown>, name: string, columns: Column[], key: string[]): Promise<void> {
  // Kysely types a table's columns as they are added; a table built from a list is untyped.
  let table = db.schema.createTable(name) as CreateTableBuilder<string, string>;
  for (const [column, type, nullable] of columns) {
    table = table.addColumn(column, type, (c) => (nullable === 'null' ? c : c.notNull()));
  }
  await table.addPrimaryKeyConstraint(`${name}_pk`, key).execute();
}

/**
 * Creates an index named `<table>_<name>`.
 * @param db - the migration's database
 * @param table - the table
 * @param name - the index's own name
 * @param columns - indexed columns, in order
 * @param unique - a unique index
 */
export async function createIndex(
  db: Kysely<unknown>,
  table: string,
  name: string,
  columns: string[],
  unique = false,
): Promise<void> {
  const index = db.schema.createIndex(`${table}_${name}`).on(table).columns(columns);
  await (unique ? index.unique() : index).execute();
}

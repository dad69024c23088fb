import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from './Store.js';

/**
 * One schema change. Migrations must run on SQLite and PostgreSQL alike; `dialect` is given
 * for the few places they differ (auto-increment keys).
 */
export interface Migration {
  /** Unique within its owner, sortable: `0001_event_log`. */
  name: string;
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/**
 * Adds an auto-incrementing integer primary key column named `column`.
 * @param table - the table being created
 * @param dialect - SQLite uses INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL BIGSERIAL
 */
export function withSerialKey<T extends string, C extends string>(
  table: CreateTableBuilder<T, C>,
  dialect: DialectName,
  column: string,
): CreateTableBuilder<T, C | typeof column> {
  return dialect === 'sqlite'
    ? table.addColumn(column, 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement())
    : table.addColumn(column, 'bigserial', (c: ColumnDefinitionBuilder) => c.primaryKey());
}

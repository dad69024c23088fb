import { sql } from 'kysely';
import { migrate, type MigrationSet } from '../../src/store/migrate.js';
import { openStore, type Store } from '../../src/store/Store.js';
import { sandboxMigrationSet } from '../../src/platform/sandbox/sandboxMigrations.js';
import type { AnyModule } from '../../src/core/defineModule.js';

/** Every row of one table. */
export interface TableDump {
  table: string;
  rows: Record<string, unknown>[];
}

/** Where a trace of a member was found. */
export interface Trace {
  table: string;
  column: string;
  /** What was looked for. */
  needle: string;
  /** The value it was found in (cut to 200 characters). */
  value: string;
}

/**
 * The names of every table of the database: SQLite's `sqlite_master`, PostgreSQL's
 * `information_schema.tables` of the store's schema.
 * @param store - an open store
 */
export async function listTables(store: Store): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const { rows } = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
      store.db,
    );
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables
    where table_schema = ${store.schema ?? 'public'} and table_type = 'BASE TABLE' order by table_name`.execute(
    store.db,
  );
  return rows.map((r) => r.table_name);
}

/**
 * A full dump of the database: every table, every row, every column.
 * @param store - an open store
 */
export async function dumpDatabase(store: Store): Promise<TableDump[]> {
  const dump: TableDump[] = [];
  for (const table of await listTables(store)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db);
    dump.push({ table, rows });
  }
  return dump;
}

/**
 * Every place a dump holds one of the needles (case-insensitive, any column, any type).
 * @param dump - a database dump
 * @param needles - ids, names, message text
 */
export function findTraces(dump: readonly TableDump[], needles: readonly string[]): Trace[] {
  const traces: Trace[] = [];
  const lower = needles.map((n) => [n, n.toLowerCase()] as const);
  for (const { table, rows } of dump) {
    for (const row of rows) {
      for (const [column, raw] of Object.entries(row)) {
        if (raw === null || raw === undefined) continue;
        const value =
          typeof raw === 'string' ? raw : raw instanceof Buffer ? raw.toString('utf8') : JSON.stringify(raw);
        const text = value.toLowerCase();
        for (const [needle, low] of lower) {
          if (text.includes(low)) traces.push({ table, column, needle, value: value.slice(0, 200) });
        }
      }
    }
  }
  return traces;
}

/**
 * The tables each module's migrations create, found by running them on an empty in-memory
 * SQLite database after the core's and the sandbox's.
 * @param modules - the modules
 */
export async function tablesByModule(modules: readonly AnyModule[]): Promise<Map<string, string[]>> {
  const store = await openStore({ url: ':memory:' });
  try {
    await migrate(store, [sandboxMigrationSet]);
    const out = new Map<string, string[]>();
    let known = new Set(await listTables(store));
    const sets: MigrationSet[] = [sandboxMigrationSet];
    for (const module of modules) {
      sets.push({ owner: module.id, migrations: module.migrations ?? [] });
      await migrate(store, sets);
      const now = await listTables(store);
      out.set(
        module.id,
        now.filter((t) => !known.has(t)),
      );
      known = new Set(now);
    }
    return out;
  } finally {
    await store.destroy();
  }
}

import { moduleMigrations } from '../modules/moduleList.js';
import { sandboxMigrations } from '../platform/sandbox/sandboxMigrations.js';
import { migrate, type MigrationReport, type MigrationSet } from '../store/migrate.js';
import { openStore, type Store } from '../store/Store.js';

/**
 * Opens the database and brings every schema up to date (core, sandbox, all modules —
 * disabled modules too, so enabling one later needs no separate step).
 * @param url - database URL
 * @param schema - PostgreSQL schema, if not the default
 * @param options - `exclusive`: hold a SQLite file for this process alone (`guildhall start`)
 */
export async function openAndMigrate(
  url: string,
  schema: string | undefined,
  options: { exclusive?: boolean } = {},
): Promise<Store> {
  const store = await openStore({ url, ...(schema === undefined ? {} : { schema }), ...options });
  try {
    await migrateAll(store);
  } catch (error) {
    await store.destroy();
    throw error;
  }
  return store;
}

/**
 * Runs every migration Guildhall has (core, sandbox, modules).
 * @param store - an open database
 */
export function migrateAll(store: Store): Promise<MigrationReport> {
  return migrate(store, allMigrationSets());
}

/** Every migration set beyond the core's: the sandbox's, then each module's. */
export function allMigrationSets(): MigrationSet[] {
  return [{ owner: 'sandbox', migrations: sandboxMigrations }, ...moduleMigrations()];
}

import { Migrator, type Kysely, type MigrationProvider, type Migration as KyselyMigration } from 'kysely';
import { errorMessage } from '../core/errors.js';
import { coreMigrations } from './coreMigrations.js';
import type { Migration } from './Migration.js';
import type { Store } from './Store.js';

/** Migrations grouped by owner: `core` or a module id. */
export interface MigrationSet {
  owner: string;
  migrations: readonly Migration[];
}

/** What a migration run did. */
export interface MigrationReport {
  applied: string[];
}

/**
 * Brings the schema up to date: the core's migrations, then each module's, named
 * `owner/name` in one Kysely migration table. Safe to run on every start and from several
 * processes (Kysely takes a lock).
 * @param store - the open database
 * @param sets - module migration sets (the core set is always included first)
 */
export async function migrate(store: Store, sets: readonly MigrationSet[]): Promise<MigrationReport> {
  const all: MigrationSet[] = [{ owner: 'core', migrations: coreMigrations }, ...sets];
  const provider: MigrationProvider = {
    getMigrations: () => {
      const record: Record<string, KyselyMigration> = {};
      for (const set of all) {
        for (const m of set.migrations) {
          // Prefix keeps owners apart; "!" sorts before letters so core runs first.
          const key = `${set.owner === 'core' ? '!core' : set.owner}/${m.name}`;
          record[key] = { up: (db: Kysely<unknown>) => m.up(db, store.dialect) };
        }
      }
      return Promise.resolve(record);
    },
  };
  const migrator = new Migrator({
    db: store.db,
    provider,
    allowUnorderedMigrations: true,
    migrationTableName: 'guildhall_migrations',
    migrationLockTableName: 'guildhall_migrations_lock',
    // Kysely looks for its tables in any schema unless told which: a second Guildhall (or
    // test run) in another schema of the same database would otherwise be mistaken for this one.
    ...(store.schema === undefined ? {} : { migrationTableSchema: store.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${errorMessage(error)}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

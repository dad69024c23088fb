import { migrateAll } from '../app/openAndMigrate.js';
import { AuditLog } from '../core/AuditLog.js';
import { systemClock } from '../core/Clock.js';
import { DEFAULT_SQLITE_PATH, openStore } from '../store/Store.js';
import { cliActor } from './auditCommand.js';
import type { CliIO } from './CliIO.js';

/**
 * `guildhall migrate`: brings the database named by DATABASE_URL up to date.
 * @param io - output
 * @param env - the environment (DATABASE_URL, DATABASE_SCHEMA)
 */
export async function migrateCommand(io: CliIO, env: NodeJS.ProcessEnv): Promise<number> {
  const url = env.DATABASE_URL ?? DEFAULT_SQLITE_PATH;
  const schema = env.DATABASE_SCHEMA;
  const store = await openStore(schema === undefined || schema === '' ? { url } : { url, schema });
  try {
    const { applied } = await migrateAll(store);
    if (applied.length > 0) {
      // Not about one guild: the schema is the whole database's.
      await new AuditLog(store.db, systemClock).record({
        guildId: '',
        actor: cliActor(env),
        action: 'core.migrate',
        target: null,
        details: { applied: applied.length, last: applied[applied.length - 1] ?? null },
      });
    }
    io.out(applied.length === 0 ? `${store.location}: up to date` : `${store.location}: applied ${applied.join(', ')}`);
    return 0;
  } finally {
    await store.destroy();
  }
}

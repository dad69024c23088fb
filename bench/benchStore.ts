import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/Store.js';

/** A bench database and how to drop it. */
export interface BenchStore {
  store: Store;
  /** `sqlite (file, WAL)` or `postgresql`. */
  kind: string;
  cleanup: () => Promise<void>;
}

/** True when DATABASE_URL names a PostgreSQL server. */
export function benchOnPostgres(): boolean {
  return process.env.DATABASE_URL?.startsWith('postgres') === true;
}

/**
 * Opens a fresh database for a bench run: a SQLite file in a temporary directory, or a
 * new schema of DATABASE_URL when it is a PostgreSQL URL.
 * @param label - part of the directory or schema name
 */
export async function openBenchStore(label: string): Promise<BenchStore> {
  const pgUrl = process.env.DATABASE_URL;
  if (pgUrl !== undefined && benchOnPostgres()) {
    const schema = `bench_${label}_${randomBytes(4).toString('hex')}`;
    const store = await openStore({ url: pgUrl, schema });
    return {
      store,
      kind: 'postgresql',
      cleanup: async () => {
        const { sql } = await import('kysely');
        await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(store.db);
        await store.destroy();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `guildhall-bench-${label}-`));
  const store = await openStore({ url: join(dir, 'bench.sqlite') });
  return {
    store,
    kind: 'sqlite (file, WAL)',
    cleanup: async () => {
      await store.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { coreMigrations } from '../src/store/coreMigrations.js';
import type { MigrationSet } from '../src/store/migrate.js';

/**
 * Migrated PostgreSQL test schemas kept for the next test that asks for the same migrations.
 *
 * Creating a schema and running every migration costs about half a second on PostgreSQL, more
 * than most tests themselves. A test's schema is therefore not dropped when it is destroyed but
 * renamed into a pool (`gp_<key>_<random>`), where `key` is a hash of the migrations' names and
 * code. The next test with the same key renames it to its own name (a rename is atomic: two
 * test workers never get the same one), deletes every row and resets every sequence, and gets a
 * database equal to a freshly migrated one. A schema whose tables a test changed (its shape no
 * longer matches the fingerprint taken when it was migrated) is dropped instead.
 */

const POOL_PREFIX = 'gp_';

/** The pool key of a set of migrations: their names and code, core first. */
export function migrationKey(sets: readonly MigrationSet[]): string {
  const hash = createHash('sha256');
  for (const set of [{ owner: 'core', migrations: coreMigrations }, ...sets]) {
    for (const m of set.migrations) hash.update(`${set.owner}/${m.name}\n${m.up.toString()}\n`);
  }
  return hash.digest('hex').slice(0, 24);
}

/** A new, unused test schema name. */
export function newSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

/**
 * Takes a pooled schema with these migrations and renames it to `schema`, emptied; false when
 * the pool has none.
 */
export async function claimPooledSchema(url: string, key: string, schema: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const free = await client.query<{ name: string }>(
      `select nspname as name from pg_namespace where starts_with(nspname, $1) order by random() limit 8`,
      [`${POOL_PREFIX}${key}_`],
    );
    for (const { name } of free.rows) {
      try {
        await client.query(`ALTER SCHEMA ${name} RENAME TO ${schema}`);
      } catch {
        continue; // another worker took it first
      }
      await client.query(`SET search_path TO ${schema}`);
      await client.query(EMPTY_SCHEMA);
      return true;
    }
    return false;
  });
}

/** Notes a freshly migrated schema's shape, to be compared when it is given back. */
export async function markMigrated(url: string, schema: string): Promise<void> {
  await withClient(url, async (client) => {
    const shape = await fingerprint(client, schema);
    await client.query(`COMMENT ON SCHEMA ${schema} IS '${shape}'`);
  });
}

/**
 * Gives a schema whose store is closed back to the pool, or drops it when its shape changed
 * since it was migrated (a test added or altered tables).
 */
export async function releaseSchema(url: string, key: string, schema: string): Promise<void> {
  await withClient(url, async (client) => {
    const noted = await client.query<{ shape: string | null }>(
      `select obj_description(oid, 'pg_namespace') as shape from pg_namespace where nspname = $1`,
      [schema],
    );
    const shape = noted.rows[0]?.shape ?? null;
    if (shape !== null && shape === (await fingerprint(client, schema))) {
      await client.query(`ALTER SCHEMA ${schema} RENAME TO ${POOL_PREFIX}${key}_${randomBytes(4).toString('hex')}`);
    } else {
      await dropWith(client, schema);
    }
  });
}

/** Drops every pooled schema (the end of a test run). */
export async function dropPooledSchemas(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const pooled = await client.query<{ name: string }>(
      `select nspname as name from pg_namespace where starts_with(nspname, $1)`,
      [POOL_PREFIX],
    );
    for (const { name } of pooled.rows) await dropWith(client, name);
  });
}

/** Drops a schema and everything in it, if it is there. */
export async function dropSchemaAt(url: string, schema: string): Promise<void> {
  await withClient(url, (client) => dropWith(client, schema));
}

async function dropWith(client: pg.Client, schema: string): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

// Rows go, migration records stay; foreign keys are not checked while emptying (the order of
// the deletes does not matter), and sequences start again as when they were created.
const EMPTY_SCHEMA = `
BEGIN;
SET LOCAL session_replication_role = replica;
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT LIKE 'guildhall\\_migrations%'
  LOOP
    EXECUTE format('DELETE FROM %I', t.tablename);
  END LOOP;
END $$;
SELECT setval(c.oid, s.seqstart, false)
  FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema();
COMMIT;`;

/** The schema's tables, columns, indexes and sequences, and how many migrations it records. */
async function fingerprint(client: pg.Client, schema: string): Promise<string> {
  const result = await client.query<{ shape: string }>(
    `select md5(coalesce(string_agg(
         c.relname || ':' || c.relkind::text || ':' || coalesce(a.attname, '') || ':' ||
         coalesce(format_type(a.atttypid, a.atttypmod), '') || ':' || coalesce(a.attnotnull::text, ''),
         ',' order by c.relname, a.attnum), '')) as shape
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = $1`,
    [schema],
  );
  const migrations = await client.query<{ n: string }>(
    `select count(*)::text as n from ${schema}.guildhall_migrations`,
  );
  return `${result.rows[0]?.shape ?? ''}-${migrations.rows[0]?.n ?? '0'}`;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

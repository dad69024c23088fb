import {
  PostgresDialect,
  sql,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  type SchemaMetadata,
  type TableMetadata,
} from 'kysely';

/**
 * Reads table names from the schemas on the connection's search path only. Kysely's own
 * PostgreSQL introspector (used by its migrator) calls `has_schema_privilege` and
 * `pg_get_serial_sequence` on every schema of the database, which fails with "schema … does
 * not exist" when another Guildhall (or test run) drops its schema at the same moment.
 * Column metadata is not returned: the migrator only needs table names.
 */
export class ScopedPostgresIntrospector implements DatabaseIntrospector {
  readonly #db: Kysely<unknown>;

  /** @param db - the database (any table types) */
  constructor(db: Kysely<unknown>) {
    this.#db = db;
  }

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace`.execute(this.#db);
    return rows;
  }

  async getTables(options?: DatabaseMetadataOptions): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string; schema: string; kind: string }>`
      select c.relname as name, n.nspname as schema, c.relkind as kind
      from pg_catalog.pg_class c
      join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where n.nspname = any(current_schemas(false)) and c.relkind in ('r', 'p', 'v', 'm')
      order by n.nspname, c.relname`.execute(this.#db);
    return rows
      .filter((row) => options?.withInternalKyselyTables === true || !row.name.startsWith('guildhall_migrations'))
      .map((row) => ({
        name: row.name,
        schema: row.schema,
        isView: row.kind === 'v' || row.kind === 'm',
        columns: [],
      }));
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}

/** PostgreSQL dialect whose introspection stays inside the search path's schemas. */
export class ScopedPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new ScopedPostgresIntrospector(db);
  }
}

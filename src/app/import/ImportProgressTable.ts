import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/** How far the import of one file got (for resuming after an interruption). */
export interface ImportProgressRow {
  guild_id: string;
  /** Absolute path of the export file. */
  file: string;
  /** Its size when imported: a file rewritten since is imported again from the start. */
  bytes: number;
  /** Messages of the file committed so far (the next run skips them). */
  position: number;
  /** Epoch ms the whole file was imported; null while partial. */
  done_at: number | null;
  updated_at: number;
}

type Db = Kysely<CoreTables & { import_progress: ImportProgressRow }>;

/**
 * The `import_progress` table: which export files an import finished, and how far it got in
 * the one it was reading when stopped. Created on first use (portable DDL, `IF NOT EXISTS`):
 * it belongs to the import command, not to the engine's schema. Holds file paths only.
 */
export class ImportProgressTable {
  readonly #db: Db;

  /** @param db - the database */
  constructor(db: Kysely<CoreTables>) {
    this.#db = db.withTables<{ import_progress: ImportProgressRow }>();
  }

  /** Creates the table when missing. */
  async ensure(): Promise<void> {
    await this.#db.schema
      .createTable('import_progress')
      .ifNotExists()
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('bytes', 'bigint', (c) => c.notNull())
      .addColumn('position', 'bigint', (c) => c.notNull())
      .addColumn('done_at', 'bigint')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('import_progress_pk', ['guild_id', 'file'])
      .execute();
  }

  /**
   * Where to start in a file: `done` when an earlier run finished it (same size), else the
   * number of messages already committed.
   * @param guildId - the target guild
   * @param file - absolute path
   * @param bytes - its size now
   */
  async resumeAt(guildId: string, file: string, bytes: number): Promise<{ done: boolean; position: number }> {
    const row = await this.#db
      .selectFrom('import_progress')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('file', '=', file)
      .executeTakeFirst();
    if (row === undefined || row.bytes !== bytes) return { done: false, position: 0 };
    return { done: row.done_at !== null, position: row.position };
  }

  /**
   * Records how far a file got (inside the unit that committed its messages).
   * @param guildId - the target guild
   * @param file - absolute path
   * @param bytes - its size
   * @param position - messages committed
   * @param doneAt - epoch ms when the file is finished, else null
   * @param now - epoch ms
   */
  async save(
    guildId: string,
    file: string,
    bytes: number,
    position: number,
    doneAt: number | null,
    now: number,
  ): Promise<void> {
    await this.#db
      .insertInto('import_progress')
      .values({ guild_id: guildId, file, bytes, position, done_at: doneAt, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['guild_id', 'file']).doUpdateSet({ bytes, position, done_at: doneAt, updated_at: now }),
      )
      .execute();
  }
}

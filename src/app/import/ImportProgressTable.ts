import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';

/**
 * The `import_progress` table (core migration `0011_import_progress`): which export files an
 * import finished, and how far it got in the one it was reading when stopped. Holds file paths only.
 */
export class ImportProgressTable {
  readonly #db: Kysely<CoreTables>;

  /** @param db - the database */
  constructor(db: Kysely<CoreTables>) {
    this.#db = db;
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

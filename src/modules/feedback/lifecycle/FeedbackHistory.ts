import type { Insertable, Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { feedbackDb, type FeedbackHistoryTable, type FeedbackTables } from '../FeedbackTables.js';

/** The `feedback_history` table: every status change and merge of an item. */
export class FeedbackHistory {
  readonly #db: Kysely<CoreTables & FeedbackTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = feedbackDb(db);
  }

  /**
   * Records a change; answers how many changes the item had before it (a stable key for
   * the change's event).
   * @param row - the change
   */
  async record(row: Insertable<FeedbackHistoryTable>): Promise<number> {
    const before = await this.#db
      .selectFrom('feedback_history')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('guild_id', '=', row.guild_id)
      .where('item_id', '=', row.item_id)
      .executeTakeFirst();
    await this.#db.insertInto('feedback_history').values(row).execute();
    return Number(before?.n ?? 0);
  }
}

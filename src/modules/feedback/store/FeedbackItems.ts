import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { feedbackDb, type FeedbackItemTable, type FeedbackTables } from '../FeedbackTables.js';

/** A feedback item as read. */
export type FeedbackItem = Selectable<FeedbackItemTable>;

/** A new item: everything but its number, which {@link FeedbackItems.insert} gives. */
export type NewFeedbackItem = Omit<FeedbackItem, 'number'>;

/** The fields a change may set (id, guild and number never change). */
export type FeedbackItemPatch = Omit<Updateable<FeedbackItemTable>, 'id' | 'guild_id' | 'number'>;

/**
 * The `feedback_items` table, shared by every part of the module (intake writes items,
 * lifecycle and voting change them, reports and the API read them).
 */
export class FeedbackItems {
  readonly #db: Kysely<CoreTables & FeedbackTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = feedbackDb(db);
  }

  /**
   * One item by id, or undefined.
   * @param guildId - the guild
   * @param id - the item id
   */
  async get(guildId: string, id: string): Promise<FeedbackItem | undefined> {
    return this.#db
      .selectFrom('feedback_items')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /**
   * One item by its number (`#42`), or undefined.
   * @param guildId - the guild
   * @param number - the item's number
   */
  async byNumber(guildId: string, number: number): Promise<FeedbackItem | undefined> {
    return this.#db
      .selectFrom('feedback_items')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('number', '=', number)
      .executeTakeFirst();
  }

  /**
   * The item whose thread this is, or undefined.
   * @param guildId - the guild
   * @param threadId - a thread (or forum post) id
   */
  async byThread(guildId: string, threadId: string): Promise<FeedbackItem | undefined> {
    return this.#db
      .selectFrom('feedback_items')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('thread_id', '=', threadId)
      .executeTakeFirst();
  }

  /**
   * Inserts a new item with the guild's next number (handlers of one guild run one at a time,
   * so the next number is free). A second insert of the same id does nothing and answers the
   * item as it is.
   * @param row - the item without its number
   */
  async insert(row: NewFeedbackItem): Promise<FeedbackItem> {
    const existing = await this.get(row.guild_id, row.id);
    if (existing !== undefined) return existing;
    const last = await this.#db
      .selectFrom('feedback_items')
      .select((eb) => eb.fn.max('number').as('max'))
      .where('guild_id', '=', row.guild_id)
      .executeTakeFirst();
    const item: FeedbackItem = { ...row, number: (last?.max ?? 0) + 1 };
    await this.#db.insertInto('feedback_items').values(item).execute();
    return item;
  }

  /**
   * Changes an item (sets `updated_at` from `now`); answers the item as changed.
   * @param guildId - the guild
   * @param id - the item id
   * @param patch - the fields to set
   * @param now - epoch ms
   */
  async update(guildId: string, id: string, patch: FeedbackItemPatch, now: number): Promise<FeedbackItem | undefined> {
    await this.#db
      .updateTable('feedback_items')
      .set({ ...patch, updated_at: now })
      .where('guild_id', '=', guildId)
      .where('id', '=', id)
      .execute();
    return this.get(guildId, id);
  }
}

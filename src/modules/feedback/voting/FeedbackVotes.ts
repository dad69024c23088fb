import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { feedbackDb, type FeedbackTables } from '../FeedbackTables.js';

/** A vote: 1 (👍) or -1 (👎); 0 means none. */
export type VoteValue = -1 | 0 | 1;

/** The `feedback_votes` table: one vote per member and item (a withdrawn vote is deleted). */
export class FeedbackVotes {
  readonly #db: Kysely<CoreTables & FeedbackTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = feedbackDb(db);
  }

  /**
   * A member's vote on an item (0 when none).
   * @param guildId - the guild
   * @param itemId - the item
   * @param userId - the member
   */
  async of(guildId: string, itemId: string, userId: string): Promise<VoteValue> {
    const row = await this.#db
      .selectFrom('feedback_votes')
      .select('value')
      .where('guild_id', '=', guildId)
      .where('item_id', '=', itemId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row === undefined ? 0 : row.value > 0 ? 1 : -1;
  }

  /**
   * Sets (or with 0, withdraws) a member's vote.
   * @param guildId - the guild
   * @param itemId - the item
   * @param userId - the member
   * @param value - the vote
   * @param now - epoch ms
   */
  async set(guildId: string, itemId: string, userId: string, value: VoteValue, now: number): Promise<void> {
    if (value === 0) {
      await this.#db
        .deleteFrom('feedback_votes')
        .where('guild_id', '=', guildId)
        .where('item_id', '=', itemId)
        .where('user_id', '=', userId)
        .execute();
      return;
    }
    await this.#db
      .insertInto('feedback_votes')
      .values({ guild_id: guildId, item_id: itemId, user_id: userId, value, voted_at: now })
      .onConflict((oc) => oc.columns(['guild_id', 'item_id', 'user_id']).doUpdateSet({ value, voted_at: now }))
      .execute();
  }

  /**
   * 👍 and 👎 counts of an item, from its votes.
   * @param guildId - the guild
   * @param itemId - the item
   */
  async counts(guildId: string, itemId: string): Promise<{ up: number; down: number }> {
    const rows = await this.#db
      .selectFrom('feedback_votes')
      .select(['value', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('guild_id', '=', guildId)
      .where('item_id', '=', itemId)
      .groupBy('value')
      .execute();
    let up = 0;
    let down = 0;
    for (const row of rows) {
      if (row.value > 0) up += Number(row.n);
      else down += Number(row.n);
    }
    return { up, down };
  }

  /**
   * Moves a duplicate's votes to the item it was merged into: one vote per member, so a
   * member who voted on both keeps their vote on the target. The duplicate keeps none.
   * @param guildId - the guild
   * @param fromId - the duplicate
   * @param intoId - the target
   * @returns how many votes moved
   */
  async move(guildId: string, fromId: string, intoId: string): Promise<number> {
    const votes = await this.#db
      .selectFrom('feedback_votes')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('item_id', '=', fromId)
      .orderBy('user_id')
      .execute();
    let moved = 0;
    for (const vote of votes) {
      const result = await this.#db
        .insertInto('feedback_votes')
        .values({ ...vote, item_id: intoId })
        .onConflict((oc) => oc.columns(['guild_id', 'item_id', 'user_id']).doNothing())
        .executeTakeFirst();
      moved += Number(result.numInsertedOrUpdatedRows ?? 0n) > 0 ? 1 : 0;
    }
    await this.#db.deleteFrom('feedback_votes').where('guild_id', '=', guildId).where('item_id', '=', fromId).execute();
    return moved;
  }
}

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { feedbackDb, type FeedbackFollowerTable, type FeedbackTables } from '../FeedbackTables.js';

/** Why a member follows an item. */
export type FollowReason = FeedbackFollowerTable['reason'];

/**
 * The `feedback_followers` table: who is told of an item's changes (its author, its voters,
 * members who followed it, and those moved from a duplicate merged into it).
 */
export class FeedbackFollowers {
  readonly #db: Kysely<CoreTables & FeedbackTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = feedbackDb(db);
  }

  /**
   * The followers of an item, oldest first (the author usually leads).
   * @param guildId - the guild
   * @param itemId - the item
   */
  async of(guildId: string, itemId: string): Promise<{ user_id: string; reason: FollowReason }[]> {
    return this.#db
      .selectFrom('feedback_followers')
      .select(['user_id', 'reason'])
      .where('guild_id', '=', guildId)
      .where('item_id', '=', itemId)
      .orderBy('since')
      .orderBy('user_id')
      .execute();
  }

  /**
   * Whether a member follows an item, and why.
   * @param guildId - the guild
   * @param itemId - the item
   * @param userId - the member
   */
  async reasonOf(guildId: string, itemId: string, userId: string): Promise<FollowReason | undefined> {
    const row = await this.#db
      .selectFrom('feedback_followers')
      .select('reason')
      .where('guild_id', '=', guildId)
      .where('item_id', '=', itemId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.reason;
  }

  /**
   * Makes a member follow an item; a member who already follows keeps their first reason.
   * @param guildId - the guild
   * @param itemId - the item
   * @param userId - the member
   * @param reason - why
   * @param now - epoch ms
   * @returns true when the member did not follow it before
   */
  async add(guildId: string, itemId: string, userId: string, reason: FollowReason, now: number): Promise<boolean> {
    const result = await this.#db
      .insertInto('feedback_followers')
      .values({ guild_id: guildId, item_id: itemId, user_id: userId, reason, since: now })
      .onConflict((oc) => oc.columns(['guild_id', 'item_id', 'user_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /**
   * Stops a member following an item (only when they follow it for `onlyReason`, if given).
   * @param guildId - the guild
   * @param itemId - the item
   * @param userId - the member
   * @param onlyReason - remove only a follow of this reason
   * @returns true when a follow was removed
   */
  async remove(guildId: string, itemId: string, userId: string, onlyReason?: FollowReason): Promise<boolean> {
    let query = this.#db
      .deleteFrom('feedback_followers')
      .where('guild_id', '=', guildId)
      .where('item_id', '=', itemId)
      .where('user_id', '=', userId);
    if (onlyReason !== undefined) query = query.where('reason', '=', onlyReason);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * Moves a duplicate's followers to the item it was merged into (reason `merged`; members
   * already following the target keep their reason) and clears the duplicate's list.
   * @param guildId - the guild
   * @param fromId - the duplicate
   * @param intoId - the target
   * @param now - epoch ms
   * @returns the members who follow the target because of the move
   */
  async move(guildId: string, fromId: string, intoId: string, now: number): Promise<string[]> {
    const moved: string[] = [];
    for (const { user_id: userId } of await this.of(guildId, fromId)) {
      if (await this.add(guildId, intoId, userId, 'merged', now)) moved.push(userId);
    }
    await this.#db
      .deleteFrom('feedback_followers')
      .where('guild_id', '=', guildId)
      .where('item_id', '=', fromId)
      .execute();
    return moved;
  }
}

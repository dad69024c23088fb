import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { feedbackDb, type FeedbackTables } from '../FeedbackTables.js';

/** The `feedback_prefs` table: members who asked for feedback notices by DM. */
export class FeedbackPrefs {
  readonly #db: Kysely<CoreTables & FeedbackTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = feedbackDb(db);
  }

  /**
   * Records a member's choice.
   * @param guildId - the guild
   * @param userId - the member
   * @param dm - true: notices by DM too
   * @param now - epoch ms
   */
  async set(guildId: string, userId: string, dm: boolean, now: number): Promise<void> {
    await this.#db
      .insertInto('feedback_prefs')
      .values({ guild_id: guildId, user_id: userId, dm: dm ? 1 : 0, updated_at: now })
      .onConflict((oc) => oc.columns(['guild_id', 'user_id']).doUpdateSet({ dm: dm ? 1 : 0, updated_at: now }))
      .execute();
  }

  /**
   * Of these members, those who asked for notices by DM.
   * @param guildId - the guild
   * @param userIds - the members
   */
  async withDm(guildId: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.#db
      .selectFrom('feedback_prefs')
      .select('user_id')
      .where('guild_id', '=', guildId)
      .where('user_id', 'in', [...userIds])
      .where('dm', '=', 1)
      .execute();
    return new Set(rows.map((r) => r.user_id));
  }
}

import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { eventsDb, type EventsMemberTable, type EventsTables } from '../EventsTables.js';

/** A member's events choices as read. */
export type EventMember = Selectable<EventsMemberTable>;

/**
 * The `events_members` table: each member's own choices in the events module (reminders by
 * DM; their calendar feed). A member without a row chose nothing: no DMs, no feed.
 */
export class EventMembers {
  readonly #db: Kysely<CoreTables & EventsTables>;

  constructor(db: Kysely<CoreTables>) {
    this.#db = eventsDb(db);
  }

  /**
   * A member's row, or undefined.
   * @param guildId - the guild
   * @param userId - the member
   */
  async get(guildId: string, userId: string): Promise<EventMember | undefined> {
    return this.#db
      .selectFrom('events_members')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  /**
   * Whether the member asked for reminders by DM.
   * @param guildId - the guild
   * @param userId - the member
   */
  async wantsDmReminders(guildId: string, userId: string): Promise<boolean> {
    return (await this.get(guildId, userId))?.dm_reminders === 1;
  }

  /**
   * Which of these members asked for reminders by DM.
   * @param guildId - the guild
   * @param userIds - the members
   */
  async withDmReminders(guildId: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.#db
      .selectFrom('events_members')
      .select('user_id')
      .where('guild_id', '=', guildId)
      .where('user_id', 'in', userIds)
      .where('dm_reminders', '=', 1)
      .execute();
    return new Set(rows.map((r) => r.user_id));
  }

  /**
   * Records the member's own choice of reminders by DM (creating their row when needed).
   * Answers false when it was already so.
   * @param guildId - the guild
   * @param userId - the member
   * @param dm - reminders by DM wanted
   * @param now - epoch ms
   */
  async setDmReminders(guildId: string, userId: string, dm: boolean, now: number): Promise<boolean> {
    const before = await this.get(guildId, userId);
    const value = dm ? 1 : 0;
    if (before?.dm_reminders === value) return false;
    if (before === undefined && !dm) return false;
    await this.#db
      .insertInto('events_members')
      .values({
        guild_id: guildId,
        user_id: userId,
        dm_reminders: value,
        feed_token_hash: null,
        feed_created_at: null,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['guild_id', 'user_id']).doUpdateSet({ dm_reminders: value, updated_at: now }))
      .execute();
    return true;
  }

  /**
   * Stores the hash of a member's new feed token (creating their row when needed): the old
   * token, if any, stops working at once.
   * @param guildId - the guild
   * @param userId - the member
   * @param tokenHash - SHA-256 (hex) of the new token
   * @param now - epoch ms
   */
  async setFeedTokenHash(guildId: string, userId: string, tokenHash: string, now: number): Promise<void> {
    await this.#db
      .insertInto('events_members')
      .values({
        guild_id: guildId,
        user_id: userId,
        dm_reminders: 0,
        feed_token_hash: tokenHash,
        feed_created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['guild_id', 'user_id'])
          .doUpdateSet({ feed_token_hash: tokenHash, feed_created_at: now, updated_at: now }),
      )
      .execute();
  }

  /**
   * The member whose current feed token has this hash, or undefined (unknown or revoked).
   * @param guildId - the guild
   * @param tokenHash - SHA-256 (hex) of the token in the URL
   */
  async byFeedTokenHash(guildId: string, tokenHash: string): Promise<EventMember | undefined> {
    return this.#db
      .selectFrom('events_members')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('feed_token_hash', '=', tokenHash)
      .executeTakeFirst();
  }
}

import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { onboardingDb, type OnboardingMemberTable, type OnboardingTables } from '../OnboardingTables.js';

/** A member's onboarding row. */
export type OnboardingMember = Selectable<OnboardingMemberTable>;

/** What a part may change on a member's row (not the key). */
export type OnboardingMemberPatch = Omit<Updateable<OnboardingMemberTable>, 'guild_id' | 'user_id' | 'updated_at'>;

/**
 * The `onboarding_members` rows, shared by the module's parts: one per member, started over
 * when the member rejoins.
 */
export class OnboardingMembers {
  readonly #db: Kysely<CoreTables & OnboardingTables>;

  /** @param db - the database (inside the caller's unit of work) */
  constructor(db: Kysely<CoreTables>) {
    this.#db = onboardingDb(db);
  }

  /**
   * Starts (or restarts, on a rejoin) a member's onboarding. A second call for the same join
   * event changes nothing and returns the row as it is.
   * @param guildId - the guild
   * @param userId - the member
   * @param joinEventId - the member.joined event id
   * @param joinedAt - epoch ms
   * @param now - epoch ms
   * @returns the row, and whether this call started it
   */
  async start(
    guildId: string,
    userId: string,
    joinEventId: string,
    joinedAt: number,
    now: number,
  ): Promise<{ member: OnboardingMember; started: boolean }> {
    const existing = await this.get(guildId, userId);
    if (existing?.join_event_id === joinEventId) return { member: existing, started: false };
    const run = {
      join_event_id: joinEventId,
      joined_at: joinedAt,
      member_type: null,
      type_chosen_at: null,
      rules_accepted_at: null,
      intro_posted_at: null,
      intro_message_id: null,
      verified_at: null,
      pending: 0,
      invite_code: null,
      // A rejoining member keeps the DM choice they made.
      dm_opt_in_at: existing?.dm_opt_in_at ?? null,
      dm_opt_out_at: existing?.dm_opt_out_at ?? null,
      thread_id: null,
      stopped_at: null,
      stopped_reason: null,
      left_at: null,
      updated_at: now,
    };
    const fresh = { guild_id: guildId, user_id: userId, ...run };
    if (existing === undefined) {
      await this.#db.insertInto('onboarding_members').values(fresh).execute();
    } else {
      await this.#db
        .updateTable('onboarding_members')
        .set(run)
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .execute();
      await this.#db
        .deleteFrom('onboarding_steps')
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .execute();
    }
    return { member: fresh, started: true };
  }

  /** A member's row, if onboarding knows them. */
  async get(guildId: string, userId: string): Promise<OnboardingMember | undefined> {
    return this.#db
      .selectFrom('onboarding_members')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  /**
   * Changes a member's row.
   * @returns false when onboarding does not know the member
   */
  async update(guildId: string, userId: string, patch: OnboardingMemberPatch, now: number): Promise<boolean> {
    const result = await this.#db
      .updateTable('onboarding_members')
      .set({ ...patch, updated_at: now })
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

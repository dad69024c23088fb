import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import { deleteMemberRows, exportMemberRows, type MemberRowTable } from '../../core/privacy/memberRowTables.js';
import type { LearningContext } from './LearningContext.js';
import { learningDb, type LearningTables } from './LearningTables.js';

/** The member's id in rows that stay after an erase (the other side's mentorship, staff actions). */
const ERASED_ID = 'erased';

/** Learning tables whose rows belong to one member each, keyed by guild and user, in export order. */
const MEMBER_TABLES = [
  { section: 'profile', table: 'learning_profiles', orderBy: 'created_at', single: true },
  { section: 'mentorOffer', table: 'learning_mentors', orderBy: 'created_at', single: true },
  { section: 'doNotPair', table: 'learning_avoid', orderBy: 'created_at' },
  { section: 'studyGroups', table: 'learning_group_members', orderBy: 'group_id' },
  { section: 'notPlaced', table: 'learning_unplaced', orderBy: 'round_id' },
] as const satisfies readonly (MemberRowTable & { table: keyof LearningTables })[];

/**
 * A member's learning data. Export: their profile, mentor offer, do-not-pair list (whom they
 * avoid; not who avoids them: that is the other members' private choice), the study groups
 * they were in, the rounds that could not place them and why, their mentorships (as mentor or
 * mentee) with every journey session, and the rounds they formed as staff. Erase deletes the
 * profile, mentor offer, their do-not-pair list and every entry naming them in others' lists,
 * their group memberships and unplaced rows; in mentorships and sessions, which are also the
 * other member's record, their id becomes `erased` (an active mentorship is ended first); the
 * rounds they formed name `erased`.
 */
export const learningPrivacy: MemberPrivacy<LearningContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = learningDb(ctx.db);
    const data: Record<string, Json> = await exportMemberRows(ctx.db, MEMBER_TABLES, guildId, userId);
    const mentorships = await db
      .selectFrom('learning_mentorships')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]))
      .orderBy('started_at')
      .execute();
    if (mentorships.length > 0) {
      const sessions = await db
        .selectFrom('learning_sessions')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where(
          'mentorship_id',
          'in',
          mentorships.map((m) => m.id),
        )
        .orderBy('due_at')
        .orderBy('id')
        .execute();
      data.mentorships = mentorships.map((m) => ({
        ...m,
        sessions: sessions.filter((s) => s.mentorship_id === m.id),
      }));
    }
    const rounds = await db
      .selectFrom('learning_rounds')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('by', '=', userId)
      .orderBy('number')
      .execute();
    if (rounds.length > 0) data.roundsFormed = rounds;
    return data;
  },

  async eraseMember(ctx, guildId, userId) {
    const db = learningDb(ctx.db);
    let erased = await deleteMemberRows(ctx.db, MEMBER_TABLES, guildId, userId);
    const named = await db
      .deleteFrom('learning_avoid')
      .where('guild_id', '=', guildId)
      .where('other_id', '=', userId)
      .executeTakeFirst();
    erased += Number(named.numDeletedRows);
    const now = ctx.clock.now();
    const results = [
      await db
        .updateTable('learning_mentorships')
        .set({ status: 'ended', ended_at: now, end_reason: 'member_erased' })
        .where('guild_id', '=', guildId)
        .where('status', '=', 'active')
        .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]))
        .executeTakeFirst(),
      await db
        .updateTable('learning_mentorships')
        .set({ mentor_id: ERASED_ID })
        .where('guild_id', '=', guildId)
        .where('mentor_id', '=', userId)
        .executeTakeFirst(),
      await db
        .updateTable('learning_mentorships')
        .set({ mentee_id: ERASED_ID })
        .where('guild_id', '=', guildId)
        .where('mentee_id', '=', userId)
        .executeTakeFirst(),
      await db
        .updateTable('learning_mentorships')
        .set({ ended_by: ERASED_ID })
        .where('guild_id', '=', guildId)
        .where('ended_by', '=', userId)
        .executeTakeFirst(),
      await db
        .updateTable('learning_sessions')
        .set({ no_show_user_id: ERASED_ID })
        .where('guild_id', '=', guildId)
        .where('no_show_user_id', '=', userId)
        .executeTakeFirst(),
      await db
        .updateTable('learning_sessions')
        .set({ recorded_by: ERASED_ID })
        .where('guild_id', '=', guildId)
        .where('recorded_by', '=', userId)
        .executeTakeFirst(),
      await db
        .updateTable('learning_rounds')
        .set({ by: ERASED_ID })
        .where('guild_id', '=', guildId)
        .where('by', '=', userId)
        .executeTakeFirst(),
    ];
    return results.reduce((sum, r) => sum + Number(r.numUpdatedRows), erased);
  },
};

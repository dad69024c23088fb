import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { learningDb, type LearningMentorshipTable, type LearningSessionTable } from '../LearningTables.js';

/** A mentorship row. */
export type MentorshipRow = Selectable<LearningMentorshipTable>;
/** A journey session row. */
export type SessionRow = Selectable<LearningSessionTable>;

/**
 * A mentorship by id, or null.
 * @param db - the store's database
 * @param guildId - the guild
 * @param mentorshipId - the mentorship
 */
export async function findMentorship(
  db: Kysely<CoreTables>,
  guildId: string,
  mentorshipId: string,
): Promise<MentorshipRow | null> {
  const row = await learningDb(db)
    .selectFrom('learning_mentorships')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', mentorshipId)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * A journey session by id, or null.
 * @param db - the store's database
 * @param guildId - the guild
 * @param sessionId - the session
 */
export async function findSession(
  db: Kysely<CoreTables>,
  guildId: string,
  sessionId: string,
): Promise<SessionRow | null> {
  const row = await learningDb(db)
    .selectFrom('learning_sessions')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * A mentorship's sessions, by due time.
 * @param db - the store's database
 * @param guildId - the guild
 * @param mentorshipId - the mentorship
 */
export async function sessionsOf(db: Kysely<CoreTables>, guildId: string, mentorshipId: string): Promise<SessionRow[]> {
  return learningDb(db)
    .selectFrom('learning_sessions')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('mentorship_id', '=', mentorshipId)
    .orderBy('due_at')
    .orderBy('kind')
    .orderBy('seq')
    .execute();
}

/**
 * A member's mentorships, as mentor or mentee: active ones first, then the latest.
 * @param db - the store's database
 * @param guildId - the guild
 * @param userId - the member
 * @param activeOnly - only active ones
 */
export async function mentorshipsOf(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  activeOnly: boolean,
): Promise<MentorshipRow[]> {
  let query = learningDb(db)
    .selectFrom('learning_mentorships')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where((eb) => eb.or([eb('mentor_id', '=', userId), eb('mentee_id', '=', userId)]));
  if (activeOnly) query = query.where('status', '=', 'active');
  const rows = await query.orderBy('started_at', 'desc').orderBy('id').execute();
  return [...rows.filter((r) => r.status === 'active'), ...rows.filter((r) => r.status !== 'active')];
}

/**
 * The members of a pair who allowed journey prompts by DM (`learning_profiles.dm`).
 * @param db - the store's database
 * @param guildId - the guild
 * @param userIds - the pair
 */
export async function dmOptedIn(
  db: Kysely<CoreTables>,
  guildId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await learningDb(db)
    .selectFrom('learning_profiles')
    .select('user_id')
    .where('guild_id', '=', guildId)
    .where('user_id', 'in', [...userIds])
    .where('dm', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

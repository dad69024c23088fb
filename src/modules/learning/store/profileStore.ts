import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { CommunicationStyle, LearningStyle, Pace, SkillLevel } from '../config/LearningTypes.js';
import { learningDb, type LearningProfileTable } from '../LearningTables.js';

/** A stored learner profile row. */
export type ProfileRow = Selectable<LearningProfileTable>;

/** What the `/learn profile` form sets (the list columns as arrays). */
export interface ProfileFields {
  skill: SkillLevel;
  pace: Pace;
  style: LearningStyle;
  communication: CommunicationStyle;
  goals: string[];
  industry: string | null;
  interests: string[];
  languages: string[];
  timezone: string;
  availability: string[];
}

/** The flags a member switches by command. */
export interface ProfileFlags {
  groups_opt_in?: number;
  seeking_mentor?: number;
  mentor_category?: LearningProfileTable['mentor_category'];
  dm?: number;
}

/** Which profiles {@link listProfiles} answers (every condition given must hold). */
export interface ProfileFilter {
  /** Only members taking part (true) or not (false) in study-group rounds. */
  groupsOptIn?: boolean;
  /** Only members waiting for a mentor (true) or not (false). */
  seekingMentor?: boolean;
  /** Only these members. */
  userIds?: readonly string[];
}

/**
 * A JSON list column as strings (an unreadable value reads as empty).
 * @param json - the column's value
 */
export function listColumn(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A member's learner profile, or undefined.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function getProfile(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
): Promise<ProfileRow | undefined> {
  return learningDb(db)
    .selectFrom('learning_profiles')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Creates or updates a member's profile with what the form set. A new profile takes part in
 * group rounds, does not seek a mentor, gets no DMs and has no no-shows; an update keeps those.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 * @param fields - the form's fields
 * @param now - epoch ms
 * @returns the stored row
 */
export async function upsertProfile(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  fields: ProfileFields,
  now: number,
): Promise<ProfileRow> {
  const set = {
    skill: fields.skill,
    pace: fields.pace,
    style: fields.style,
    communication: fields.communication,
    goals: JSON.stringify(fields.goals),
    industry: fields.industry,
    interests: JSON.stringify(fields.interests),
    languages: JSON.stringify(fields.languages),
    timezone: fields.timezone,
    availability: JSON.stringify(fields.availability),
    updated_at: now,
  };
  await learningDb(db)
    .insertInto('learning_profiles')
    .values({
      guild_id: guildId,
      user_id: userId,
      ...set,
      groups_opt_in: 1,
      seeking_mentor: 0,
      mentor_category: null,
      dm: 0,
      no_shows: 0,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'user_id']).doUpdateSet(set))
    .execute();
  const row = await getProfile(db, guildId, userId);
  if (row === undefined) throw new Error(`learning profile ${guildId}/${userId} was not stored`);
  return row;
}

/**
 * Switches flags of an existing profile (group rounds, seeking a mentor, DMs).
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 * @param flags - the columns to set
 * @param now - epoch ms
 * @returns the updated row, or undefined when the member has no profile (nothing is created)
 */
export async function setProfileFlags(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  flags: ProfileFlags,
  now: number,
): Promise<ProfileRow | undefined> {
  const updated = await learningDb(db)
    .updateTable('learning_profiles')
    .set({ ...flags, updated_at: now })
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 0 ? undefined : getProfile(db, guildId, userId);
}

/**
 * The guild's profiles matching a filter, by user id.
 * @param db - the database
 * @param guildId - the guild
 * @param filter - conditions (none: every profile)
 */
export async function listProfiles(
  db: Kysely<CoreTables>,
  guildId: string,
  filter: ProfileFilter = {},
): Promise<ProfileRow[]> {
  if (filter.userIds?.length === 0) return [];
  let query = learningDb(db).selectFrom('learning_profiles').selectAll().where('guild_id', '=', guildId);
  if (filter.groupsOptIn !== undefined) query = query.where('groups_opt_in', '=', filter.groupsOptIn ? 1 : 0);
  if (filter.seekingMentor !== undefined) query = query.where('seeking_mentor', '=', filter.seekingMentor ? 1 : 0);
  if (filter.userIds !== undefined) query = query.where('user_id', 'in', [...filter.userIds]);
  return query.orderBy('user_id').execute();
}

/**
 * Adds or removes a member on another's do-not-pair list.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - whose list
 * @param otherId - the member they avoid
 * @param avoid - true: add; false: remove
 * @param now - epoch ms
 * @returns whether the list changed
 */
export async function setAvoid(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  otherId: string,
  avoid: boolean,
  now: number,
): Promise<boolean> {
  const ldb = learningDb(db);
  if (!avoid) {
    const deleted = await ldb
      .deleteFrom('learning_avoid')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('other_id', '=', otherId)
      .executeTakeFirst();
    return Number(deleted.numDeletedRows) > 0;
  }
  const existing = await ldb
    .selectFrom('learning_avoid')
    .select('other_id')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .where('other_id', '=', otherId)
    .executeTakeFirst();
  if (existing !== undefined) return false;
  await ldb
    .insertInto('learning_avoid')
    .values({ guild_id: guildId, user_id: userId, other_id: otherId, created_at: now })
    .onConflict((oc) => oc.columns(['guild_id', 'user_id', 'other_id']).doNothing())
    .execute();
  return true;
}

/**
 * Every do-not-pair entry of the guild as `[userId, otherId]` (whose list, whom they avoid),
 * ordered. Matching treats each pair both ways.
 * @param db - the database
 * @param guildId - the guild
 */
export async function avoidPairs(db: Kysely<CoreTables>, guildId: string): Promise<[string, string][]> {
  const rows = await learningDb(db)
    .selectFrom('learning_avoid')
    .select(['user_id', 'other_id'])
    .where('guild_id', '=', guildId)
    .orderBy('user_id')
    .orderBy('other_id')
    .execute();
  return rows.map((r) => [r.user_id, r.other_id]);
}

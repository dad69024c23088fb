import type { Kysely, Selectable } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { MentorCategory } from '../config/LearningTypes.js';
import { learningDb, type LearningMentorTable } from '../LearningTables.js';

/** A stored mentor row (`domains` is a JSON list: read it with `listColumn`). */
export type MentorRow = Selectable<LearningMentorTable>;

/** What `/mentor register` sets. */
export interface MentorOffer {
  category: MentorCategory;
  capacity: number;
  domains: string[];
}

/**
 * A member's mentor offer (active or paused), or undefined.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function getMentor(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
): Promise<MentorRow | undefined> {
  return learningDb(db)
    .selectFrom('learning_mentors')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * The guild's mentors by user id.
 * @param db - the database
 * @param guildId - the guild
 * @param filter - `active: true` only those taking new mentees, `false` only paused ones; absent: all
 */
export async function listMentors(
  db: Kysely<CoreTables>,
  guildId: string,
  filter: { active?: boolean } = {},
): Promise<MentorRow[]> {
  let query = learningDb(db).selectFrom('learning_mentors').selectAll().where('guild_id', '=', guildId);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active ? 1 : 0);
  return query.orderBy('user_id').execute();
}

/**
 * Registers a member as a mentor, or changes their offer; either way they are active.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 * @param offer - category, capacity, domains
 * @param now - epoch ms
 */
export async function upsertMentor(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  offer: MentorOffer,
  now: number,
): Promise<void> {
  const set = {
    category: offer.category,
    capacity: offer.capacity,
    domains: JSON.stringify(offer.domains),
    active: 1,
    updated_at: now,
  };
  await learningDb(db)
    .insertInto('learning_mentors')
    .values({ guild_id: guildId, user_id: userId, ...set, created_at: now })
    .onConflict((oc) => oc.columns(['guild_id', 'user_id']).doUpdateSet(set))
    .execute();
}

/**
 * Pauses or resumes a mentor (a paused mentor is kept but gets no new mentees).
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the mentor
 * @param active - false: paused
 * @param now - epoch ms
 * @returns the updated row, or undefined when the member is not a mentor
 */
export async function setMentorActive(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  active: boolean,
  now: number,
): Promise<MentorRow | undefined> {
  const updated = await learningDb(db)
    .updateTable('learning_mentors')
    .set({ active: active ? 1 : 0, updated_at: now })
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 0 ? undefined : getMentor(db, guildId, userId);
}

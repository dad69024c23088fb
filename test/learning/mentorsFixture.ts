import type { Insertable } from 'kysely';
import {
  learningDb,
  type LearningMentorTable,
  type LearningProfileTable,
} from '../../src/modules/learning/LearningTables.js';
import type { LearningCommunity } from './learningCommunity.js';

/** Profile fields a test sets, lists as arrays (stored as JSON). */
export interface ProfileFields {
  goals?: string[];
  interests?: string[];
  languages?: string[];
  availability?: string[];
  communication?: LearningProfileTable['communication'];
  seeking?: boolean;
  category?: LearningProfileTable['mentor_category'];
  dm?: boolean;
  noShows?: number;
}

/**
 * Inserts a learner profile directly (UTC, weekday evenings, English, live talk, interested in
 * TypeScript and databases, aiming at backend; not seeking unless `seeking`).
 * @param t - the learning community
 * @param userId - the member
 * @param fields - what differs
 */
export async function insertProfile(t: LearningCommunity, userId: string, fields: ProfileFields = {}): Promise<void> {
  const now = t.now();
  const row: Insertable<LearningProfileTable> = {
    guild_id: t.guildId,
    user_id: userId,
    skill: 'beginner',
    pace: 'steady',
    style: 'hands-on',
    communication: fields.communication ?? 'live',
    goals: JSON.stringify(fields.goals ?? ['backend']),
    industry: null,
    interests: JSON.stringify(fields.interests ?? ['typescript', 'databases']),
    languages: JSON.stringify(fields.languages ?? ['en']),
    timezone: 'UTC',
    availability: JSON.stringify(fields.availability ?? ['weekday-evening']),
    groups_opt_in: 0,
    seeking_mentor: fields.seeking === true ? 1 : 0,
    mentor_category: fields.category ?? null,
    dm: fields.dm === true ? 1 : 0,
    no_shows: fields.noShows ?? 0,
    created_at: now,
    updated_at: now,
  };
  await learningDb(t.c.store.db).insertInto('learning_profiles').values(row).execute();
}

/**
 * Inserts a mentor: a profile (no interests or goals of their own, so only `domains` count)
 * and an active `learning_mentors` row.
 * @param t - the learning community
 * @param userId - the member
 * @param domains - their domains
 * @param over - capacity, category, active; profile fields
 */
export async function insertMentor(
  t: LearningCommunity,
  userId: string,
  domains: string[],
  over: Partial<Pick<LearningMentorTable, 'capacity' | 'category' | 'active'>> & ProfileFields = {},
): Promise<void> {
  const { capacity, category, active, ...profile } = over;
  await insertProfile(t, userId, { interests: [], goals: [], ...profile, category: null });
  const now = t.now();
  await learningDb(t.c.store.db)
    .insertInto('learning_mentors')
    .values({
      guild_id: t.guildId,
      user_id: userId,
      category: category ?? 'industry-professional',
      domains: JSON.stringify(domains),
      capacity: capacity ?? 1,
      active: active ?? 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/**
 * Puts `otherId` on `userId`'s do-not-pair list.
 * @param t - the learning community
 * @param userId - whose list
 * @param otherId - whom they avoid
 */
export async function avoid(t: LearningCommunity, userId: string, otherId: string): Promise<void> {
  await learningDb(t.c.store.db)
    .insertInto('learning_avoid')
    .values({ guild_id: t.guildId, user_id: userId, other_id: otherId, created_at: t.now() })
    .execute();
}

/** Domains matching the default mentee fully (100 %). */
export const FULL = ['typescript', 'databases', 'backend'];
/** Domains matching the default mentee at 85 % (half the interests, the goal). */
export const GOOD = ['typescript', 'backend'];
/** Domains matching the default mentee at 60 % (half the interests, not the goal). */
export const WEAK = ['typescript'];

/**
 * The ids of seeded members, in order.
 * @param t - the learning community
 * @param names - usernames
 */
export async function users<N extends readonly string[]>(
  t: LearningCommunity,
  ...names: N
): Promise<{ -readonly [K in keyof N]: string }> {
  const ids: string[] = [];
  for (const name of names) ids.push(await t.user(name));
  return ids as { -readonly [K in keyof N]: string };
}

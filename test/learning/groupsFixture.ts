import type { Insertable } from 'kysely';
import { learningDb, type LearningProfileTable } from '../../src/modules/learning/LearningTables.js';
import { LEARNING_SECTION, openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

/** The learning section of the groups tests: groups of exactly 3 under #study-groups, with roles. */
export const GROUPS_SECTION: Record<string, unknown> = {
  ...LEARNING_SECTION,
  groups: { channel: 'study-groups', minSize: 3, maxSize: 3 },
};

/** Profile fields a groups test sets. */
export interface GroupProfile {
  skill?: LearningProfileTable['skill'];
  goals?: string[];
  dm?: boolean;
  optIn?: boolean;
  pace?: LearningProfileTable['pace'];
}

/**
 * Inserts a learner profile directly: a beginner taking part in group rounds, steady pace,
 * hands-on, UTC weekday evenings, English, aiming at frontend.
 * @param t - the learning community
 * @param userId - the member
 * @param fields - what differs
 */
export async function insertLearner(t: LearningCommunity, userId: string, fields: GroupProfile = {}): Promise<void> {
  const now = t.now();
  const row: Insertable<LearningProfileTable> = {
    guild_id: t.guildId,
    user_id: userId,
    skill: fields.skill ?? 'beginner',
    pace: fields.pace ?? 'steady',
    style: 'hands-on',
    communication: 'live',
    goals: JSON.stringify(fields.goals ?? ['frontend']),
    industry: null,
    interests: JSON.stringify(['typescript']),
    languages: JSON.stringify(['en']),
    timezone: 'UTC',
    availability: JSON.stringify(['weekday-evening']),
    groups_opt_in: fields.optIn === false ? 0 : 1,
    seeking_mentor: 0,
    mentor_category: null,
    dm: fields.dm === true ? 1 : 0,
    no_shows: 0,
    created_at: now,
    updated_at: now,
  };
  await learningDb(t.c.store.db).insertInto('learning_profiles').values(row).execute();
}

/**
 * Records a do-not-pair entry directly.
 * @param t - the learning community
 * @param userId - whose list
 * @param otherId - whom they avoid
 */
export async function insertAvoid(t: LearningCommunity, userId: string, otherId: string): Promise<void> {
  await learningDb(t.c.store.db)
    .insertInto('learning_avoid')
    .values({ guild_id: t.guildId, user_id: userId, other_id: otherId, created_at: t.now() })
    .execute();
}

/** A cohort: the community, its staff member (noor) and learner ids. */
export interface GroupsCohort {
  t: LearningCommunity;
  staff: string;
  learners: string[];
}

/**
 * Opens the community with `count` beginner learners (the seeded sam, kenji, lena, tomas, priya,
 * then new members), each taking part in group rounds; `dm` lists learners (by index) who
 * allowed DMs.
 * @param count - how many learners
 * @param section - the learning section
 * @param dm - indexes of learners with DMs allowed
 */
export async function openCohort(
  count: number,
  section: Record<string, unknown> = GROUPS_SECTION,
  dm: readonly number[] = [],
): Promise<GroupsCohort> {
  const t = await openLearningCommunity(section);
  const learners: string[] = [];
  for (const name of ['sam', 'kenji', 'lena', 'tomas', 'priya']) learners.push(await t.user(name));
  for (let i = learners.length; i < count; i += 1) {
    const member = await t.c.sandbox.addMember({ username: `learner${i}` });
    learners.push(member.userId);
  }
  await t.c.settle();
  const cohort = learners.slice(0, count);
  for (const [i, id] of cohort.entries()) await insertLearner(t, id, { dm: dm.includes(i) });
  return { t, staff: await t.user('noor'), learners: cohort };
}

import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { learningDb } from '../../src/modules/learning/LearningTables.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { registerOpenApi } from '../../src/server/openapi/registerOpenApi.js';
import type { CoreTables } from '../../src/store/CoreTables.js';
import { DAY, type LearningCommunity } from './learningCommunity.js';

/** Headers a test sends to be signed in: the dashboard role and the Discord user id. */
export const ROLE_HEADER = 'x-test-role';
export const USER_HEADER = 'x-test-user';

/**
 * Mounts the learning community's module routes (with the OpenAPI document, `app.swagger()`)
 * on a bare Fastify whose test-only hook signs in the user of `x-test-user` with the dashboard
 * role of `x-test-role` (nobody without them).
 * @param l - the learning community
 */
export async function openLearningApi(l: LearningCommunity): Promise<FastifyInstance> {
  const app = Fastify();
  app.addHook('preHandler', (request, _reply, done) => {
    const role = request.headers[ROLE_HEADER];
    const userId = request.headers[USER_HEADER];
    if ((role === 'viewer' || role === 'moderator' || role === 'admin') && typeof userId === 'string') {
      request.dashboardUser = { userId, name: 'Staff', role, devLogin: true };
    }
    done();
  });
  await registerOpenApi(app, { title: 'guildhall', version: 'test' });
  await registerModuleRoutes(app, { engine: l.c.engine, guildId: l.guildId });
  await app.ready();
  return app;
}

/** The members and times {@link seedLearning} wrote. */
export interface LearningSeed {
  sam: string;
  kenji: string;
  lena: string;
  tomas: string;
  priya: string;
  noor: string;
  /** When round 1 ran and mentorship m1 started: 18 days before now. */
  t0: number;
}

const list = (values: string[]): string => JSON.stringify(values);

/** Where {@link seedLearning} writes: the store, the guild, the time and the seeded members' ids. */
export interface SeedTarget {
  db: Kysely<CoreTables>;
  guildId: string;
  now(): number;
  /** A seeded member's id by username. */
  user(username: string): Promise<string>;
}

/**
 * The learning community as a {@link SeedTarget}.
 * @param l - the learning community
 */
export function seedTargetOf(l: LearningCommunity): SeedTarget {
  return { db: l.c.store.db, guildId: l.guildId, now: () => l.now(), user: (name) => l.user(name) };
}

/**
 * Writes a small cohort straight into the learning tables: five profiles (sam, kenji, lena
 * in group rounds; sam and lena seeking a mentor), two mentors (priya active with capacity 2,
 * tomas paused), round 1 (formed: group 1 active with sam and kenji, group 2 disbanded with
 * lena and tomas, lena unplaced) and round 2 (a preview placing nobody), an active mentorship
 * priya → sam with four sessions and a completed one priya → lena.
 * @param l - the store, guild, clock and members (a learning community: {@link seedTargetOf})
 */
export async function seedLearning(l: SeedTarget): Promise<LearningSeed> {
  const [sam, kenji, lena, tomas, priya, noor] = await Promise.all(
    ['sam', 'kenji', 'lena', 'tomas', 'priya', 'noor'].map((name) => l.user(name)),
  );
  if (sam === undefined || kenji === undefined || lena === undefined) throw new Error('no seeded members');
  if (tomas === undefined || priya === undefined || noor === undefined) throw new Error('no seeded members');
  const g = l.guildId;
  const t0 = l.now() - 18 * DAY;
  const db = learningDb(l.db);
  const base = {
    guild_id: g,
    communication: 'mixed' as const,
    industry: null,
    languages: list(['en']),
    timezone: 'UTC',
    availability: list(['weekday-evening']),
    mentor_category: null,
    dm: 0,
    no_shows: 0,
    created_at: t0,
    updated_at: t0,
  };
  await db
    .insertInto('learning_profiles')
    .values([
      {
        ...base,
        user_id: sam,
        skill: 'beginner',
        pace: 'steady',
        style: 'visual',
        goals: list(['frontend', 'data']),
        interests: list(['react']),
        groups_opt_in: 1,
        seeking_mentor: 1,
        mentor_category: 'subject-expert',
      },
      {
        ...base,
        user_id: kenji,
        skill: 'beginner',
        pace: 'relaxed',
        style: 'hands-on',
        goals: list(['frontend']),
        interests: list([]),
        groups_opt_in: 1,
        seeking_mentor: 0,
      },
      {
        ...base,
        user_id: lena,
        skill: 'intermediate',
        pace: 'steady',
        style: 'reading',
        goals: list(['backend']),
        interests: list(['sql']),
        groups_opt_in: 1,
        seeking_mentor: 1,
        no_shows: 1,
      },
      {
        ...base,
        user_id: tomas,
        skill: 'advanced',
        pace: 'intensive',
        style: 'discussion',
        goals: list(['devops', 'game-dev']),
        interests: list([]),
        groups_opt_in: 0,
        seeking_mentor: 0,
      },
      {
        ...base,
        user_id: priya,
        skill: 'expert',
        pace: 'steady',
        style: 'visual',
        goals: list(['data']),
        interests: list(['sql']),
        groups_opt_in: 0,
        seeking_mentor: 0,
      },
    ])
    .execute();
  await db
    .insertInto('learning_mentors')
    .values([
      {
        guild_id: g,
        user_id: priya,
        category: 'subject-expert',
        domains: list(['data', 'sql']),
        capacity: 2,
        active: 1,
        created_at: t0,
        updated_at: t0,
      },
      {
        guild_id: g,
        user_id: tomas,
        category: 'career-coach',
        domains: list(['devops']),
        capacity: 1,
        active: 0,
        created_at: t0,
        updated_at: t0,
      },
    ])
    .execute();
  const round = {
    guild_id: g,
    type: 'beginner-cohort' as const,
    schedule_id: null,
  };
  await db
    .insertInto('learning_rounds')
    .values([
      {
        ...round,
        id: 'r1',
        number: 1,
        source: 'command',
        by: noor,
        status: 'formed',
        learners: 5,
        groups: 2,
        unplaced: 1,
        value: 3,
        bound: 3.6,
        gap: 16.7,
        exact: 0,
        created_at: t0,
      },
      {
        ...round,
        id: 'r2',
        number: 2,
        source: 'schedule',
        by: null,
        status: 'preview',
        learners: 2,
        groups: 0,
        unplaced: 2,
        value: 0,
        bound: 0,
        gap: 0,
        exact: 1,
        created_at: t0 + DAY,
      },
    ])
    .execute();
  await db
    .insertInto('learning_groups')
    .values([
      {
        guild_id: g,
        id: 'g1',
        round_id: 'r1',
        number: 1,
        type: 'beginner-cohort',
        thread_id: 'thread-1',
        role_id: null,
        compatibility: 0.8,
        status: 'active',
        created_at: t0,
        disbanded_at: null,
      },
      {
        guild_id: g,
        id: 'g2',
        round_id: 'r1',
        number: 2,
        type: 'beginner-cohort',
        thread_id: null,
        role_id: null,
        compatibility: 0.6,
        status: 'disbanded',
        created_at: t0 + 1,
        disbanded_at: t0 + DAY,
      },
    ])
    .execute();
  await db
    .insertInto('learning_group_members')
    .values([
      { guild_id: g, group_id: 'g1', user_id: kenji, compatibility: 0.75 },
      { guild_id: g, group_id: 'g1', user_id: sam, compatibility: 0.85 },
      { guild_id: g, group_id: 'g2', user_id: lena, compatibility: 0.6 },
      { guild_id: g, group_id: 'g2', user_id: tomas, compatibility: 0.6 },
    ])
    .execute();
  await db
    .insertInto('learning_unplaced')
    .values([
      { guild_id: g, round_id: 'r1', user_id: priya, reason: 'no group of at least 3 fits' },
      { guild_id: g, round_id: 'r2', user_id: sam, reason: 'too few learners' },
      { guild_id: g, round_id: 'r2', user_id: kenji, reason: 'too few learners' },
    ])
    .execute();
  const mentorship = {
    guild_id: g,
    mentor_id: priya,
    source: 'assignment' as const,
    thread_id: null,
    ended_by: null,
    end_reason: null,
  };
  await db
    .insertInto('learning_mentorships')
    .values([
      {
        ...mentorship,
        id: 'm1',
        mentee_id: sam,
        compatibility: 0.82,
        status: 'active',
        thread_id: 'thread-m1',
        started_at: t0,
        ends_at: t0 + 180 * DAY,
        ended_at: null,
      },
      {
        ...mentorship,
        id: 'm2',
        mentee_id: lena,
        compatibility: 0.71,
        status: 'completed',
        started_at: t0 - 200 * DAY,
        ends_at: t0 - 20 * DAY,
        ended_at: t0 - 20 * DAY,
      },
    ])
    .execute();
  const session = { guild_id: g, mentorship_id: 'm1', prompt_message_id: null, recorded_at: null, recorded_by: null };
  await db
    .insertInto('learning_sessions')
    .values([
      { ...session, id: 's1', kind: 'intro', seq: 1, due_at: t0 + DAY, outcome: 'met', no_show_user_id: null },
      {
        ...session,
        id: 's2',
        kind: 'checkin',
        seq: 1,
        due_at: t0 + 14 * DAY,
        outcome: 'no_show',
        no_show_user_id: sam,
      },
      {
        ...session,
        id: 's3',
        kind: 'milestone',
        seq: 1,
        due_at: t0 + 30 * DAY,
        outcome: 'pending',
        no_show_user_id: null,
      },
      {
        ...session,
        id: 's4',
        kind: 'checkin',
        seq: 2,
        due_at: t0 + 28 * DAY,
        outcome: 'pending',
        no_show_user_id: null,
      },
    ])
    .execute();
  return { sam, kenji, lena, tomas, priya, noor, t0 };
}

import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GroupList,
  LearningOverview,
  MentorList,
  MentorshipList,
  ProfileList,
  RoundList,
} from '../../src/modules/learning/http/LearningApi.js';
import { testDialect } from '../testStore.js';
import { openLearningApi, ROLE_HEADER, seedLearning, seedTargetOf, USER_HEADER } from './httpFixture.js';
import { DAY, openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

describe(`learning dashboard API: reads (${testDialect})`, () => {
  let l: LearningCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await l?.close();
    app = undefined;
    l = undefined;
  });

  async function seeded() {
    l = await openLearningCommunity();
    app = await openLearningApi(l);
    return seedLearning(seedTargetOf(l));
  }

  const get = async (url: string, role = 'viewer') => {
    const response = await app!.inject({ url, headers: { [ROLE_HEADER]: role, [USER_HEADER]: '300000000000000009' } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<unknown>();
  };
  const byName = <T extends { name: string }>(members: T[]): T[] =>
    [...members].sort((a, b) => a.name.localeCompare(b.name));

  it('a fresh community: zeros and empty lists, every value of the distributions listed', async () => {
    l = await openLearningCommunity();
    app = await openLearningApi(l);
    const overview = LearningOverview.parse(await get('/api/learning/overview'));
    expect(overview.cohort).toEqual({
      profiles: 0,
      inGroups: 0,
      seekingMentor: 0,
      mentorsActive: 0,
      mentorsPaused: 0,
      activeGroups: 0,
      activeMentorships: 0,
    });
    expect(overview.distributions.skill).toEqual([
      { value: 'beginner', count: 0 },
      { value: 'intermediate', count: 0 },
      { value: 'advanced', count: 0 },
      { value: 'expert', count: 0 },
    ]);
    expect(overview.distributions.goals).toHaveLength(8);
    expect(overview.rounds).toEqual({ formed: 0, previews: 0 });
    expect(GroupList.parse(await get('/api/learning/groups'))).toEqual({ groups: [] });
    expect(RoundList.parse(await get('/api/learning/rounds'))).toEqual({ total: 0, rounds: [] });
    expect(MentorList.parse(await get('/api/learning/mentors'))).toEqual({ mentors: [] });
    expect(MentorshipList.parse(await get('/api/learning/mentorships'))).toEqual({ mentorships: [] });
    expect(ProfileList.parse(await get('/api/learning/profiles', 'moderator'))).toEqual({ profiles: [] });
  });

  it('counts the cohort and its distributions', async () => {
    await seeded();
    const overview = LearningOverview.parse(await get('/api/learning/overview'));
    expect(overview.cohort).toEqual({
      profiles: 5,
      inGroups: 3,
      seekingMentor: 2,
      mentorsActive: 1,
      mentorsPaused: 1,
      activeGroups: 1,
      activeMentorships: 1,
    });
    const counts = (buckets: { value: string; count: number }[]) => buckets.map((b) => `${b.value}:${b.count}`);
    expect(counts(overview.distributions.skill)).toEqual(['beginner:2', 'intermediate:1', 'advanced:1', 'expert:1']);
    expect(counts(overview.distributions.pace)).toEqual(['relaxed:1', 'steady:3', 'intensive:1']);
    expect(counts(overview.distributions.style)).toEqual(['visual:2', 'reading:1', 'hands-on:1', 'discussion:1']);
    // The configured goals in their order, then a goal no longer configured.
    expect(counts(overview.distributions.goals)).toEqual([
      'frontend:2',
      'backend:1',
      'data:2',
      'devops:1',
      'mobile:0',
      'security:0',
      'design:0',
      'career-change:0',
      'game-dev:1',
    ]);
    expect(overview.rounds).toEqual({ formed: 1, previews: 1 });
  });

  it('lists groups by status with their members, best fitting first', async () => {
    const { sam, kenji, lena, tomas } = await seeded();
    const active = GroupList.parse(await get('/api/learning/groups')).groups;
    expect(active).toEqual([
      {
        number: 1,
        type: 'beginner-cohort',
        status: 'active',
        compatibility: 0.8,
        members: [
          { userId: sam, name: 'Sam', compatibility: 0.85 },
          { userId: kenji, name: 'Kenji', compatibility: 0.75 },
        ],
        roundNumber: 1,
        threadUrl: `https://discord.com/channels/${l!.guildId}/thread-1`,
        createdAt: expect.any(Number) as number,
        disbandedAt: null,
      },
    ]);
    const disbanded = GroupList.parse(await get('/api/learning/groups?status=disbanded')).groups;
    expect(disbanded.map((g) => [g.number, g.status, g.threadUrl])).toEqual([[2, 'disbanded', null]]);
    expect(byName(disbanded[0]?.members ?? [])).toEqual([
      { userId: lena, name: 'Lena', compatibility: 0.6 },
      { userId: tomas, name: 'Tomás', compatibility: 0.6 },
    ]);
    // Newest first: group 2 was created after group 1.
    const all = GroupList.parse(await get('/api/learning/groups?status=all')).groups;
    expect(all.map((g) => g.number)).toEqual([2, 1]);
    const bad = await app!.inject({
      url: '/api/learning/groups?status=open',
      headers: { [ROLE_HEADER]: 'viewer', [USER_HEADER]: '300000000000000009' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('lists rounds newest first with their gap and who was not placed', async () => {
    const { sam, kenji, priya, noor, t0 } = await seeded();
    const { total, rounds } = RoundList.parse(await get('/api/learning/rounds'));
    expect(total).toBe(2);
    expect(rounds.map((r) => r.number)).toEqual([2, 1]);
    const [preview, formed] = rounds;
    expect(preview).toMatchObject({
      status: 'preview',
      source: 'schedule',
      by: null,
      learners: 2,
      groups: 0,
      unplaced: 2,
      gapPct: 0,
      exact: true,
      createdAt: t0 + DAY,
    });
    expect(byName(preview?.unplacedMembers ?? [])).toEqual([
      { userId: kenji, name: 'Kenji', reason: 'too few learners' },
      { userId: sam, name: 'Sam', reason: 'too few learners' },
    ]);
    expect(formed).toEqual({
      number: 1,
      type: 'beginner-cohort',
      status: 'formed',
      source: 'command',
      by: { userId: noor, name: 'Noor' },
      learners: 5,
      groups: 2,
      unplaced: 1,
      value: 3,
      bound: 3.6,
      gapPct: 16.7,
      exact: false,
      createdAt: t0,
      unplacedMembers: [{ userId: priya, name: 'Priya', reason: 'no group of at least 3 fits' }],
    });
    const limited = RoundList.parse(await get('/api/learning/rounds?limit=1'));
    expect(limited.total).toBe(2);
    expect(limited.rounds.map((r) => r.number)).toEqual([2]);
  });

  it('lists mentors with their load against their capacity, most loaded first', async () => {
    const { priya, tomas } = await seeded();
    const { mentors } = MentorList.parse(await get('/api/learning/mentors'));
    expect(mentors.map((m) => [m.userId, m.name, m.category, m.domains, m.load, m.capacity, m.paused])).toEqual([
      [priya, 'Priya', 'subject-expert', ['data', 'sql'], 1, 2, false],
      [tomas, 'Tomás', 'career-coach', ['devops'], 0, 1, true],
    ]);
  });

  it('lists mentorships with their journey: sessions by outcome and the next one due', async () => {
    const { sam, lena, priya, t0 } = await seeded();
    const { mentorships } = MentorshipList.parse(await get('/api/learning/mentorships'));
    expect(mentorships).toHaveLength(1);
    const [m1] = mentorships;
    expect(m1).toMatchObject({
      id: 'm1',
      mentor: { userId: priya, name: 'Priya' },
      mentee: { userId: sam, name: 'Sam' },
      compatibility: 0.82,
      source: 'assignment',
      status: 'active',
      startedAt: t0,
      endsAt: t0 + 180 * DAY,
      endedAt: null,
      sessions: { met: 1, noShow: 1, skipped: 0, pending: 2 },
      // The second check-in (day 28) is due before the milestone review (day 30).
      nextDue: { kind: 'checkin', seq: 2, dueAt: t0 + 28 * DAY },
      threadUrl: `https://discord.com/channels/${l!.guildId}/thread-m1`,
    });
    // 18 of 180 days gone by.
    expect(m1?.elapsed).toBeCloseTo(0.1, 9);
    const completed = MentorshipList.parse(await get('/api/learning/mentorships?status=completed')).mentorships;
    expect(completed.map((m) => [m.id, m.mentee.userId, m.elapsed, m.nextDue, m.sessions.met])).toEqual([
      ['m2', lena, 1, null, 0],
    ]);
    const all = MentorshipList.parse(await get('/api/learning/mentorships?status=all')).mentorships;
    expect(all.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('shows moderators every profile by name (the route needs the moderator role: test/auth/everyRouteGuarded)', async () => {
    const { sam, priya, tomas } = await seeded();
    const { profiles } = ProfileList.parse(await get('/api/learning/profiles', 'moderator'));
    expect(profiles.map((p) => p.name)).toEqual(['Kenji', 'Lena', 'Priya', 'Sam', 'Tomás']);
    expect(profiles.find((p) => p.userId === sam)).toEqual({
      userId: sam,
      name: 'Sam',
      skill: 'beginner',
      pace: 'steady',
      style: 'visual',
      communication: 'mixed',
      goals: ['frontend', 'data'],
      industry: null,
      interests: ['react'],
      languages: ['en'],
      timezone: 'UTC',
      availability: ['weekday-evening'],
      groupsOptIn: true,
      seekingMentor: true,
      mentorCategory: 'subject-expert',
      noShows: 0,
      mentor: false,
      updatedAt: expect.any(Number) as number,
    });
    expect(profiles.filter((p) => p.mentor).map((p) => p.userId)).toEqual([priya, tomas]);
  });

  it('answers 401 to a visitor who is not signed in', async () => {
    l = await openLearningCommunity();
    app = await openLearningApi(l);
    for (const url of ['/api/learning/overview', '/api/learning/groups', '/api/learning/mentorships']) {
      expect((await app.inject({ url })).statusCode).toBe(401);
    }
  });

  it('documents every route in the OpenAPI document', async () => {
    l = await openLearningCommunity();
    app = await openLearningApi(l);
    const paths = (app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/learning/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual([
      'GET /api/learning/groups',
      'GET /api/learning/mentors',
      'GET /api/learning/mentorships',
      'GET /api/learning/overview',
      'GET /api/learning/profiles',
      'GET /api/learning/rounds',
      'POST /api/learning/assignments',
      'POST /api/learning/rounds',
    ]);
  });
});

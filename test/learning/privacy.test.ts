import { afterEach, describe, expect, it } from 'vitest';
import { learningDb } from '../../src/modules/learning/LearningTables.js';
import { dumpDatabase, findTraces } from '../privacy/databaseDump.js';
import { DAY, openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

const WORDS = ['zorblaxology', 'quintessor-ops'];

describe('learning member export and erase', () => {
  let l: LearningCommunity;
  afterEach(async () => l.close());

  it('exports everything of a member, then erase leaves no id or text of theirs and keeps the partner’s record', async () => {
    l = await openLearningCommunity();
    const db = learningDb(l.c.store.db);
    const guild = l.guildId;
    const member = await l.user('kenji');
    const other = await l.user('sam');
    const third = await l.user('noor');
    const now = l.now();
    const profile = (userId: string, interests: string[]) => ({
      guild_id: guild,
      user_id: userId,
      skill: 'beginner' as const,
      pace: 'steady' as const,
      style: 'visual' as const,
      communication: 'mixed' as const,
      goals: JSON.stringify(['frontend']),
      industry: null,
      interests: JSON.stringify(interests),
      languages: JSON.stringify(['en']),
      timezone: 'Europe/Berlin',
      availability: JSON.stringify(['weekday-evening']),
      groups_opt_in: 1,
      seeking_mentor: 0,
      mentor_category: null,
      dm: 0,
      no_shows: 0,
      created_at: now,
      updated_at: now,
    });
    await db
      .insertInto('learning_profiles')
      .values([profile(member, WORDS), profile(other, ['react']), profile(third, ['sql'])])
      .execute();
    await db
      .insertInto('learning_mentors')
      .values({
        guild_id: guild,
        user_id: member,
        category: 'subject-expert',
        domains: JSON.stringify(['zorblaxology']),
        capacity: 2,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('learning_avoid')
      .values([
        { guild_id: guild, user_id: member, other_id: third, created_at: now },
        { guild_id: guild, user_id: third, other_id: member, created_at: now },
      ])
      .execute();
    await db
      .insertInto('learning_rounds')
      .values({
        guild_id: guild,
        id: 'r1',
        number: 1,
        type: 'beginner-cohort',
        source: 'command',
        schedule_id: null,
        by: member,
        status: 'formed',
        learners: 3,
        groups: 1,
        unplaced: 1,
        value: 1.6,
        bound: 1.8,
        gap: 11.1,
        exact: 0,
        created_at: now,
      })
      .execute();
    await db
      .insertInto('learning_groups')
      .values({
        guild_id: guild,
        id: 'g1',
        round_id: 'r1',
        number: 1,
        type: 'beginner-cohort',
        thread_id: null,
        role_id: null,
        compatibility: 0.8,
        status: 'active',
        created_at: now,
        disbanded_at: null,
      })
      .execute();
    await db
      .insertInto('learning_group_members')
      .values([
        { guild_id: guild, group_id: 'g1', user_id: member, compatibility: 0.8 },
        { guild_id: guild, group_id: 'g1', user_id: other, compatibility: 0.8 },
      ])
      .execute();
    await db
      .insertInto('learning_unplaced')
      .values({ guild_id: guild, round_id: 'r1', user_id: third, reason: 'avoids everyone' })
      .execute();
    await db
      .insertInto('learning_mentorships')
      .values({
        guild_id: guild,
        id: 'm1',
        mentor_id: member,
        mentee_id: other,
        compatibility: 0.81,
        source: 'assignment',
        status: 'active',
        thread_id: null,
        started_at: now,
        ends_at: now + 180 * DAY,
        ended_at: null,
        ended_by: null,
        end_reason: null,
      })
      .execute();
    await db
      .insertInto('learning_sessions')
      .values({
        guild_id: guild,
        id: 's1',
        mentorship_id: 'm1',
        kind: 'intro',
        seq: 1,
        due_at: now + DAY,
        prompt_message_id: null,
        outcome: 'no_show',
        no_show_user_id: member,
        recorded_by: member,
        recorded_at: now + DAY,
      })
      .execute();

    const exported = (await l.c.engine.memberData.exportMember(guild, member)).learning ?? {};
    expect(Object.keys(exported).sort()).toEqual(
      ['doNotPair', 'mentorOffer', 'mentorships', 'profile', 'roundsFormed', 'studyGroups'].sort(),
    );
    expect(JSON.stringify(exported.profile)).toContain('zorblaxology');
    expect(JSON.stringify(exported.mentorships)).toContain('"kind":"intro"');
    // Who avoids them is the other member's private choice: not exported.
    expect(exported.doNotPair).toMatchObject([{ other_id: third }]);
    const thirds = (await l.c.engine.memberData.exportMember(guild, third)).learning ?? {};
    expect(thirds.notPlaced).toMatchObject([{ reason: 'avoids everyone' }]);

    const erased = await l.c.engine.memberData.eraseMember(guild, member, 'cli:test', { keepModerationRecords: false });
    expect(erased.changed.learning).toBeGreaterThan(0);
    const tables = (await dumpDatabase(l.c.store)).filter((t) => t.table.startsWith('learning_'));
    expect(findTraces(tables, [member, ...WORDS])).toEqual([]);
    expect(await l.rows('learning_mentorships')).toMatchObject([
      { mentor_id: 'erased', mentee_id: other, status: 'ended', end_reason: 'member_erased' },
    ]);
    expect(await l.rows('learning_sessions')).toMatchObject([{ no_show_user_id: 'erased', recorded_by: 'erased' }]);
    expect((await l.rows('learning_profiles')).map((p) => p.user_id).sort()).toEqual([other, third].sort());
    expect(await l.rows('learning_group_members')).toMatchObject([{ user_id: other }]);
    expect(await l.rows('learning_avoid')).toEqual([]);
    expect(await l.rows('learning_rounds')).toMatchObject([{ by: 'erased' }]);
  });
});

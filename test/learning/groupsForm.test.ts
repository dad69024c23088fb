import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openCohort, type GroupsCohort } from './groupsFixture.js';

/** The shared test machine can be slow on PostgreSQL: a generous limit, no timing asserted. */
const SLOW = 90_000;

describe(`/study-groups form (${testDialect})`, () => {
  let cohort: GroupsCohort | undefined;
  afterEach(async () => {
    await cohort?.t.close();
    cohort = undefined;
  }, SLOW);

  it(
    'forms groups of 3 over 7 learners: rows, private threads with mentions, roles, events, and tells the one left out',
    async () => {
      cohort = await openCohort(7, undefined, [6]);
      const { t, staff, learners } = cohort;
      const out = await t.command(staff, 'study-groups', 'form', { type: 'beginner-cohort' });
      expect(out.reply?.content).toContain('Round 1 · Beginner cohort**: 7 learners, 2 groups, 1 not placed');

      const [round] = await t.rows('learning_rounds');
      expect(round).toMatchObject({
        number: 1,
        type: 'beginner-cohort',
        status: 'formed',
        learners: 7,
        groups: 2,
        unplaced: 1,
        by: staff,
      });
      const groups = (await t.rows('learning_groups')).sort((a, b) => a.number - b.number);
      expect(groups.map((g) => [g.number, g.status])).toEqual([
        [1, 'active'],
        [2, 'active'],
      ]);
      const members = await t.rows('learning_group_members');
      expect(members).toHaveLength(6);
      const [left] = await t.rows('learning_unplaced');
      expect(left?.reason).not.toBe('');
      const placed = new Set(members.map((m) => m.user_id));
      expect([...placed, left?.user_id].sort()).toEqual([...learners].sort());

      const roles = await t.c.sandbox.listRoles();
      for (const group of groups) {
        const ids = members.filter((m) => m.group_id === group.id).map((m) => m.user_id);
        // The private thread, its intro mentioning (so adding) every member.
        expect(group.thread_id).not.toBeNull();
        const thread = await t.c.sandbox.getThread(group.thread_id ?? '');
        expect(thread?.name).toBe(`Study group ${group.number} · Beginner cohort`);
        expect(thread?.parentId).toBe(t.channels.studyGroups);
        const [intro] = await t.allMessagesIn(group.thread_id ?? '');
        expect(intro?.pinged.userIds.sort()).toEqual([...ids].sort());
        expect(intro?.content).toContain('Goals you share: frontend (3)');
        expect(intro?.content).not.toMatch(/avoid|do-not-pair/i);
        // The role, given to each member.
        expect(roles.find((r) => r.id === group.role_id)?.name).toBe(`Study group ${group.number}`);
        for (const id of ids) expect((await t.c.sandbox.getMember(id))?.roles).toContain(group.role_id);
      }

      const formed = await t.emitted<{ preview: boolean; groups: number; unplaced: number }>('learning.groups_formed');
      expect(formed).toEqual([expect.objectContaining({ preview: false, groups: 2, unplaced: 1, learners: 7 })]);
      const created = await t.emitted<{ number: number; memberIds: string[]; threadId: string }>(
        'learning.group_created',
      );
      expect(created.map((e) => [e.number, e.memberIds.length])).toEqual([
        [1, 3],
        [2, 3],
      ]);
      // The learner left out allowed DMs (index 6) or is mentioned in the channel with the reason.
      const leftId = left?.user_id ?? '';
      const dms = await t.c.sandbox.listDirectMessages(leftId);
      const notices = (await t.messagesIn(t.channels.studyGroups)).filter((m) => m.pinged.userIds.includes(leftId));
      if (leftId === learners[6]) {
        expect(dms.map((d) => d.content)).toEqual([expect.stringContaining(`not placed in a group — ${left?.reason}`)]);
        expect(notices).toEqual([]);
      } else {
        expect(notices.map((m) => m.content)).toEqual([expect.stringContaining('not placed this time')]);
      }
    },
    SLOW,
  );

  it(
    'tells every learner left out why: by DM when allowed, else with a mention in the channel',
    async () => {
      cohort = await openCohort(2, undefined, [0]);
      const { t, staff, learners } = cohort;
      const [byDm = '', inChannel = ''] = learners;
      const out = await t.command(staff, 'study-groups', 'form', { type: 'beginner-cohort' });
      expect(out.reply?.content).toContain('2 learners, 0 groups, 2 not placed');
      const reason = 'only 2 members took part; groups need at least 3';
      expect((await t.rows('learning_unplaced')).map((u) => [u.user_id, u.reason]).sort()).toEqual(
        [
          [byDm, reason],
          [inChannel, reason],
        ].sort(),
      );
      expect((await t.c.sandbox.listDirectMessages(byDm)).map((d) => d.content)).toEqual([
        `Study groups round 1 (beginner cohort): you were not placed in a group — ${reason}. You stay in the next rounds.`,
      ]);
      const notices = await t.messagesIn(t.channels.studyGroups);
      expect(notices.map((m) => [m.content, m.pinged.userIds])).toEqual([
        [
          `Study groups round 1 (beginner cohort): not placed this time — ${reason}. You stay in the next rounds; \`/study-groups list\` says more.\n<@${inChannel}>`,
          [inChannel],
        ],
      ]);
      expect(await t.c.sandbox.listDirectMessages(inChannel)).toEqual([]);
      expect((await t.command(inChannel, 'study-groups', 'list')).reply?.content).toBe(
        `Round 1 did not place you: ${reason}.\nThere are no active study groups.`,
      );
    },
    SLOW,
  );

  it(
    'refuses a member who is not staff',
    async () => {
      cohort = await openCohort(3);
      const { t, learners } = cohort;
      const out = await t.command(learners[0] ?? '', 'study-groups', 'form', { type: 'beginner-cohort' });
      expect(out.reply?.content).toBe('Only learning staff can form study groups.');
      expect(await t.rows('learning_rounds')).toEqual([]);
      const disband = await t.command(learners[0] ?? '', 'study-groups', 'disband', { group: 1 });
      expect(disband.reply?.content).toBe('Only learning staff can disband study groups.');
    },
    SLOW,
  );

  it(
    'lists the active groups with the caller’s first',
    async () => {
      cohort = await openCohort(6);
      const { t, staff, learners } = cohort;
      await t.command(staff, 'study-groups', 'form', { type: 'beginner-cohort' });
      const members = await t.rows('learning_group_members');
      const groups = await t.rows('learning_groups');
      const last = learners[5] ?? '';
      const mine = groups.find((g) => g.id === members.find((m) => m.user_id === last)?.group_id);
      const out = await t.command(last, 'study-groups', 'list');
      const lines = out.reply?.content?.split('\n') ?? [];
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        new RegExp(`^Your group: \\*\\*Study group ${mine?.number}\\*\\* · Beginner cohort \\(\\d+% compatible\\)`),
      );
      expect(lines[1]).toMatch(/^\*\*Study group \d\*\*/);
    },
    SLOW,
  );
});

import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { GROUPS_SECTION, insertAvoid, openCohort, type GroupsCohort } from './groupsFixture.js';
import { DAY, LEARNING_SECTION } from './learningCommunity.js';

/** Members of each group of a round, by group id. */
async function groupsOf(cohort: GroupsCohort, roundId: string): Promise<string[][]> {
  const groups = (await cohort.t.rows('learning_groups')).filter((g) => g.round_id === roundId);
  const members = await cohort.t.rows('learning_group_members');
  return groups.map((g) =>
    members
      .filter((m) => m.group_id === g.id)
      .map((m) => m.user_id)
      .sort(),
  );
}

/** The shared test machine can be slow on PostgreSQL: a generous limit, no timing asserted. */
const SLOW = 90_000;

describe(`study group rounds (${testDialect})`, () => {
  let cohort: GroupsCohort | undefined;
  afterEach(async () => {
    await cohort?.t.close();
    cohort = undefined;
  }, SLOW);

  it(
    'a preview makes nothing; its button forms exactly the previewed groups, once',
    async () => {
      cohort = await openCohort(6);
      const { t, staff } = cohort;
      const preview = await t.command(staff, 'study-groups', 'form', { type: 'beginner-cohort', preview: true });
      expect(preview.reply?.content).toContain(
        'Preview of round 1 · Beginner cohort**: 6 learners, 2 groups, 0 not placed (gap',
      );
      const proposed = (preview.reply?.content ?? '').split('\n').filter((l) => l.startsWith('Group '));
      expect(proposed).toHaveLength(2);
      expect(await t.rows('learning_groups')).toEqual([]);
      expect(await t.rows('learning_rounds')).toEqual([expect.objectContaining({ status: 'preview', number: 1 })]);
      const customId = `learning:round:cmd-${preview.interactionId}:form`;
      expect(preview.reply?.components?.[0]?.components[0]).toMatchObject({ customId, label: 'Form these groups' });

      const press = async () => {
        const { interactionId } = await t.c.sandbox.pressReplyComponent({
          interactionId: preview.interactionId,
          userId: staff,
          customId,
        });
        await t.c.settle();
        return (await t.c.sandbox.getInteraction(interactionId))?.reply?.content ?? '';
      };
      const formed = await press();
      expect(formed).toContain('Round 1 · Beginner cohort**: 6 learners, 2 groups');
      expect(formed).not.toContain('Profiles changed');
      // The same members, group by group, as previewed.
      const mentions = (line: string) => [...line.matchAll(/<@(\d+)>/g)].map((m) => m[1]).sort();
      const groups = await groupsOf(cohort, `cmd-${preview.interactionId}`);
      expect(groups.sort()).toEqual(proposed.map(mentions).sort());
      expect(await t.rows('learning_rounds')).toEqual([
        expect.objectContaining({ status: 'formed', number: 1, by: staff }),
      ]);
      expect((await t.emitted<{ preview: boolean }>('learning.groups_formed')).map((e) => e.preview)).toEqual([
        true,
        false,
      ]);
      expect(await press()).toContain('These groups were formed already.');
      expect(await t.rows('learning_groups')).toHaveLength(2);
    },
    SLOW,
  );

  it(
    'never puts a do-not-pair pair together, and avoids last round’s pairs',
    async () => {
      cohort = await openCohort(9);
      const { t, staff, learners } = cohort;
      const [a = '', b = ''] = learners;
      await insertAvoid(t, a, b);
      const first = await t.command(staff, 'study-groups', 'form', { type: 'beginner-cohort' });
      const round1 = await groupsOf(cohort, `cmd-${first.interactionId}`);
      expect(round1).toHaveLength(3);
      const second = await t.command(staff, 'study-groups', 'form', { type: 'beginner-cohort' });
      const round2 = await groupsOf(cohort, `cmd-${second.interactionId}`);
      expect(round2).toHaveLength(3);
      for (const group of [...round1, ...round2]) expect(group.includes(a) && group.includes(b)).toBe(false);
      // Nine learners in three groups of three can meet all new people: no pair of round 1 again.
      const pairs = (groups: string[][]) =>
        groups.flatMap((g) => g.flatMap((x, i) => g.slice(i + 1).map((y) => `${x}|${y}`)));
      const before = new Set(pairs(round1));
      expect(pairs(round2).filter((p) => before.has(p))).toEqual([]);
    },
    SLOW,
  );

  it(
    'disband removes and deletes the role, archives and locks the thread',
    async () => {
      cohort = await openCohort(3);
      const { t, staff, learners } = cohort;
      await t.command(staff, 'study-groups', 'form', { type: 'beginner-cohort' });
      const [group] = await t.rows('learning_groups');
      const out = await t.command(staff, 'study-groups', 'disband', { group: 1 });
      expect(out.reply?.content).toBe('Study group 1 is disbanded.');
      expect(await t.rows('learning_groups')).toEqual([
        expect.objectContaining({ status: 'disbanded', disbanded_at: t.now() }),
      ]);
      expect((await t.c.sandbox.listRoles()).some((r) => r.id === group?.role_id)).toBe(false);
      for (const id of learners) expect((await t.c.sandbox.getMember(id))?.roles).not.toContain(group?.role_id);
      expect(await t.c.sandbox.getThread(group?.thread_id ?? '')).toMatchObject({ archived: true, locked: true });
      expect(await t.emitted('learning.group_disbanded')).toEqual([{ groupId: group?.id, number: 1, by: staff }]);
      expect((await t.command(staff, 'study-groups', 'disband', { group: 1 })).reply?.content).toBe(
        'Study group 1 was disbanded already.',
      );
      expect((await t.command(staff, 'study-groups', 'list')).reply?.content).toBe('There are no active study groups.');
    },
    SLOW,
  );

  it(
    'forms scheduled rounds at the rule’s time and disbands groups at the end of their lifetime',
    async () => {
      const section = {
        ...LEARNING_SECTION,
        groups: {
          ...(GROUPS_SECTION.groups as Record<string, unknown>),
          scheduled: [{ id: 'weekly', type: 'beginner-cohort', rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0' }],
          lifetime: '3d',
        },
      };
      cohort = await openCohort(3, section);
      const { t } = cohort;
      // The harness starts on Monday 2 March 2026, 12:00 UTC.
      const first = Date.UTC(2026, 2, 3, 18);
      expect(await t.pendingJobs()).toEqual([
        { key: `groups-scheduled:weekly:${first}`, name: 'groups-scheduled', run_at: first },
      ]);
      await t.advanceTo(first);
      expect(await t.rows('learning_rounds')).toEqual([
        expect.objectContaining({
          id: `sched-weekly-${first}`,
          source: 'schedule',
          schedule_id: 'weekly',
          status: 'formed',
          by: null,
        }),
      ]);
      const [group] = await t.rows('learning_groups');
      expect(group).toMatchObject({ status: 'active', created_at: first });
      expect((await t.pendingJobs()).map((j) => [j.name, j.run_at])).toEqual([
        ['group-disband', first + 3 * DAY],
        ['groups-scheduled', first + 7 * DAY],
      ]);
      await t.advanceTo(first + 3 * DAY);
      expect(await t.rows('learning_groups')).toEqual([expect.objectContaining({ status: 'disbanded' })]);
      expect(await t.emitted('learning.group_disbanded')).toEqual([{ groupId: group?.id, number: 1, by: null }]);
    },
    SLOW,
  );
});

import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openLearningCommunity, type LearningCommunity } from './learningCommunity.js';
import { FULL, GOOD, insertMentor, insertProfile, WEAK, users } from './mentorsFixture.js';

describe(`mentor assignment (${testDialect})`, () => {
  let t: LearningCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /**
   * Sam suits Kenji (100 %) and Lena (85 %); Priya suits only Kenji (89 %: she talks async, Lena
   * is 59 % for her). Greedy (best pair first) gives Kenji to Sam and leaves Priya out; the
   * optimal assignment matches both.
   */
  async function greedyTrap(c: LearningCommunity) {
    const [sam, priya, kenji, lena] = [
      await c.user('sam'),
      await c.user('priya'),
      await c.user('kenji'),
      await c.user('lena'),
    ];
    await insertProfile(c, sam, { seeking: true });
    await insertProfile(c, priya, { seeking: true, interests: ['databases'], communication: 'async', dm: true });
    await insertMentor(c, kenji, FULL);
    await insertMentor(c, lena, GOOD);
    return { sam, priya, kenji, lena };
  }

  it('a preview shows the optimal assignment and makes nothing', async () => {
    t = await openLearningCommunity();
    const { sam, priya, kenji, lena } = await greedyTrap(t);
    const noor = await t.user('noor');
    const { reply } = await t.command(noor, 'mentor', 'assign', { preview: true });
    expect(reply?.content).toBe(
      [
        'Preview (nothing made): 2 of 2 waiting mentees matched with 2 available mentors; total compatibility 1.74, mean 87 %.',
        `• <@${priya}> → <@${kenji}> (89 %)`,
        `• <@${sam}> → <@${lena}> (85 %)`,
      ].join('\n'),
    );
    expect(await t.rows('learning_mentorships')).toEqual([]);
    expect(await t.messagesIn(t.channels.mentoring)).toEqual([]);
    expect(await t.emitted('learning.mentorship_started')).toEqual([]);
  });

  it('assigns optimally over everyone: mentorships, threads, events, nobody waiting any more', async () => {
    t = await openLearningCommunity();
    const { sam, priya, kenji, lena } = await greedyTrap(t);
    const noor = await t.user('noor');
    const { reply } = await t.command(noor, 'mentor', 'assign');
    expect(reply?.content).toMatch(/^Assigned: 2 of 2 waiting mentees matched/);
    const rows = await t.rows('learning_mentorships');
    expect(rows.map((r) => [r.mentee_id, r.mentor_id, r.source, r.status]).sort()).toEqual(
      [
        [priya, kenji, 'assignment', 'active'],
        [sam, lena, 'assignment', 'active'],
      ].sort(),
    );
    expect(rows.every((r) => r.thread_id !== null)).toBe(true);
    expect((await t.rows('learning_profiles')).filter((p) => p.seeking_mentor === 1)).toEqual([]);
    expect((await t.emitted<{ source: string }>('learning.mentorship_started')).map((e) => e.source)).toEqual([
      'assignment',
      'assignment',
    ]);
    // A second run finds nobody waiting.
    expect((await t.command(noor, 'mentor', 'assign')).reply?.content).toMatch(/^Assigned: 0 of 0 waiting mentees/);
    expect(await t.rows('learning_mentorships')).toHaveLength(2);
  });

  it('keeps within capacity and the floor, and tells the unassigned why', async () => {
    t = await openLearningCommunity();
    const [sam, lena, priya, kenji, tomas] = await users(t, 'sam', 'lena', 'priya', 'kenji', 'tomas');
    await insertProfile(t, sam, { seeking: true });
    await insertProfile(t, lena, { seeking: true, dm: true });
    await insertProfile(t, priya, { seeking: true, interests: ['design'], goals: ['design'] });
    await insertMentor(t, kenji, FULL, { capacity: 1 });
    await insertMentor(t, tomas, WEAK, { capacity: 3 });
    const noor = await t.user('noor');
    const { reply } = await t.command(noor, 'mentor', 'assign');
    expect(reply?.content).toContain('Assigned: 1 of 3 waiting mentees matched');
    const rows = await t.rows('learning_mentorships');
    expect(rows.map((r) => r.mentor_id)).toEqual([kenji]);
    const left = [sam, lena].filter((id) => id !== rows[0]?.mentee_id)[0] ?? '';
    expect(reply?.content).toContain(`• <@${left}> unassigned: every suitable mentor is full`);
    expect(reply?.content).toContain(`• <@${priya}> unassigned: no mentor reaches 70 % compatibility`);
    const notices = (await t.messagesIn(t.channels.mentoring)).filter((m) => m.content.startsWith('No mentor could'));
    expect(notices.map((n) => n.pinged.userIds[0]).sort()).toEqual([left, priya].sort());
    expect(notices.find((n) => n.pinged.userIds[0] === priya)?.content).toContain(
      'No mentor could be matched with you in this assignment: no mentor reaches 70 % compatibility.',
    );
    const stillWaiting = (await t.rows('learning_profiles'))
      .filter((p) => p.seeking_mentor === 1)
      .map((p) => p.user_id);
    expect(stillWaiting.sort()).toEqual([left, priya].sort());
  });

  it('is for learning staff only', async () => {
    t = await openLearningCommunity();
    const { sam } = await greedyTrap(t);
    expect((await t.command(sam, 'mentor', 'assign')).reply).toEqual({
      content: 'Only learning staff can assign mentors.',
      ephemeral: true,
    });
    expect(await t.rows('learning_mentorships')).toEqual([]);
  });
});

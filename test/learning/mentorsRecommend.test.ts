import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { openLearningCommunity, type LearningCommunity } from './learningCommunity.js';
import { avoid, FULL, GOOD, insertMentor, insertProfile, WEAK, users } from './mentorsFixture.js';

describe(`mentor recommendations (${testDialect})`, () => {
  let t: LearningCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('ranks mentors at or above 70 % best first, leaving out the weak, the full and the avoided', async () => {
    t = await openLearningCommunity();
    const [sam, kenji, lena, tomas, priya, noor] = await users(t, 'sam', 'kenji', 'lena', 'tomas', 'priya', 'noor');
    await insertProfile(t, sam);
    await insertMentor(t, kenji, GOOD, { category: 'career-coach' });
    await insertMentor(t, lena, FULL, { category: 'subject-expert' });
    await insertMentor(t, tomas, WEAK);
    await insertMentor(t, priya, FULL, { capacity: 0 });
    await insertMentor(t, noor, FULL);
    await avoid(t, noor, sam);

    const { reply } = await t.command(sam, 'mentor', 'recommend');
    expect(reply).toEqual({
      content: [
        'Mentors who suit you (at least 70 %), best first; ask one with `/mentor request`:',
        `1. <@${lena}>: 100 % · Subject expert`,
        `2. <@${kenji}>: 85 % · Career coach`,
      ].join('\n'),
      ephemeral: true,
    });
  });

  it('says honestly when no mentor reaches 70 %, with the closest match and what would help', async () => {
    t = await openLearningCommunity();
    const [sam, tomas] = [await t.user('sam'), await t.user('tomas')];
    await insertProfile(t, sam);
    await insertMentor(t, tomas, WEAK);
    const { reply } = await t.command(sam, 'mentor', 'recommend');
    expect(reply?.content).toMatch(
      /^No mentor reaches 70 % with you yet\. The closest match is 60 %\. What would help:/,
    );
  });

  it('asks for a profile before recommending or finding', async () => {
    t = await openLearningCommunity();
    const sam = await t.user('sam');
    for (const sub of ['recommend', 'find']) {
      expect((await t.command(sam, 'mentor', sub)).reply?.content).toBe(
        'Set your learner profile first with `/learn profile`: mentors are matched on it.',
      );
    }
    expect(await t.rows('learning_profiles')).toEqual([]);
  });

  it('find puts the member on the waiting list with their category and shows who suits them', async () => {
    t = await openLearningCommunity();
    const [sam, kenji, lena] = [await t.user('sam'), await t.user('kenji'), await t.user('lena')];
    await insertProfile(t, sam);
    await insertMentor(t, kenji, GOOD, { category: 'career-coach' });
    await insertMentor(t, lena, FULL, { category: 'subject-expert' });

    const { reply } = await t.command(sam, 'mentor', 'find', { category: 'career-coach' });
    expect(reply?.content).toBe(
      [
        'You are on the waiting list: the next mentor assignment matches you with the best mentor it can (every waiting mentee considered together).',
        'Mentors who suit you now (ask one directly with `/mentor request`):',
        `1. <@${kenji}>: 85 % · Career coach`,
      ].join('\n'),
    );
    const profile = (await t.rows('learning_profiles')).find((p) => p.user_id === sam);
    expect(profile).toMatchObject({ seeking_mentor: 1, mentor_category: 'career-coach' });
  });
});

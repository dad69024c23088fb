import { afterEach, describe, expect, it } from 'vitest';
import { LEARNING_SECTION, openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

const FORM = {
  goals: 'backend',
  interests: 'go, sql',
  timezone: 'UTC',
  availability: 'weekday evenings',
  languages: 'en',
};

describe('/mentor register and pause', () => {
  let l: LearningCommunity;
  afterEach(async () => l.close());

  async function setProfile(userId: string): Promise<void> {
    const shown = await l.command(userId, 'learn', 'profile', { skill: 'expert', pace: 'steady', style: 'discussion' });
    await l.submitModal(userId, shown.interactionId, FORM);
  }

  it('needs a learner profile first', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    const shown = await l.command(sam, 'mentor', 'register', { category: 'career-coach' });
    expect(shown.modal).toBeNull();
    expect(shown.reply?.content).toBe(
      'You have no learner profile yet: set one first with /learn profile. Your availability and languages come from it.',
    );
  });

  it('registers with the default capacity, domains prefilled from interests, then pauses and resumes', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    await setProfile(sam);
    const shown = await l.command(sam, 'mentor', 'register', { category: 'subject-expert' });
    expect(shown.modal?.customId).toBe('learning:profile-mentor:subject-expert:2');
    expect(shown.modal?.inputs.map((i) => [i.customId, i.value])).toEqual([['domains', 'go, sql']]);
    const done = await l.submitModal(sam, shown.interactionId, { domains: 'Go, distributed systems' });
    expect(done.reply).toEqual({
      content:
        'You are registered as a mentor: Subject expert, 2 mentees (go, distributed systems). Your availability and languages come from your learner profile. Pause any time with /mentor pause.',
      ephemeral: true,
    });
    expect(await l.rows('learning_mentors')).toEqual([
      {
        guild_id: l.guildId,
        user_id: sam,
        category: 'subject-expert',
        domains: '["go","distributed systems"]',
        capacity: 2,
        active: 1,
        created_at: l.now(),
        updated_at: l.now(),
      },
    ]);

    const paused = await l.command(sam, 'mentor', 'pause', { paused: true });
    expect(paused.reply?.content).toContain('Mentoring paused');
    expect((await l.rows('learning_mentors'))[0]?.active).toBe(0);
    await l.command(sam, 'mentor', 'pause', { paused: false });
    expect((await l.rows('learning_mentors'))[0]?.active).toBe(1);
    expect(await l.emitted('learning.mentor_registered')).toEqual([
      { userId: sam, category: 'subject-expert', capacity: 2, active: true },
      { userId: sam, category: 'subject-expert', capacity: 2, active: false },
      { userId: sam, category: 'subject-expert', capacity: 2, active: true },
    ]);

    // Registering again changes the offer, the form prefilled with the current domains.
    const again = await l.command(sam, 'mentor', 'register', { category: 'career-coach', capacity: 5 });
    expect(again.modal?.inputs[0]?.value).toBe('go, distributed systems');
    await l.submitModal(sam, again.interactionId, {});
    expect(await l.rows('learning_mentors')).toMatchObject([{ category: 'career-coach', capacity: 5, active: 1 }]);
  });

  it('refuses a capacity outside 1–20, a category not offered, and pause for a non-mentor', async () => {
    l = await openLearningCommunity({ ...LEARNING_SECTION, mentors: { categories: ['career-coach'] } });
    const sam = await l.user('sam');
    await setProfile(sam);
    const big = await l.command(sam, 'mentor', 'register', { category: 'career-coach', capacity: 21 });
    expect(big.reply?.content).toBe('Capacity is how many mentees you take at once: 1 to 20.');
    const other = await l.command(sam, 'mentor', 'register', { category: 'senior-learner' });
    expect(other.reply?.content).toBe("Choose one of this community's mentor categories: Career coach.");
    const pause = await l.command(sam, 'mentor', 'pause', { paused: true });
    expect(pause.reply?.content).toBe('You are not registered as a mentor: use /mentor register.');
    expect(await l.rows('learning_mentors')).toEqual([]);
  });

  it('with mentors.mentorRoles, only members holding one of those roles may register', async () => {
    l = await openLearningCommunity({ ...LEARNING_SECTION, mentors: { mentorRoles: ['Moderator'] } });
    const [sam, noor] = [await l.user('sam'), await l.user('noor')];
    await setProfile(sam);
    await setProfile(noor);
    const refused = await l.command(sam, 'mentor', 'register', { category: 'career-coach' });
    expect(refused.modal).toBeNull();
    expect(refused.reply?.content).toBe('Only members with one of these roles can register as mentors: Moderator.');
    const shown = await l.command(noor, 'mentor', 'register', { category: 'career-coach', capacity: 1 });
    await l.submitModal(noor, shown.interactionId, { domains: 'careers' });
    expect((await l.rows('learning_mentors')).map((m) => [m.user_id, m.capacity])).toEqual([[noor, 1]]);
  });

  it('refuses empty domains, echoing nothing lost, and stores nothing', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    await setProfile(sam);
    const shown = await l.command(sam, 'mentor', 'register', { category: 'career-coach' });
    const done = await l.submitModal(sam, shown.interactionId, { domains: ' , ' });
    expect(done.reply?.content).toContain('Nothing was saved: Domains: name at least one.');
    expect(await l.rows('learning_mentors')).toEqual([]);
  });
});

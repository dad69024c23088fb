import { afterEach, describe, expect, it } from 'vitest';
import { openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

/** What a member types in the `/learn profile` form. */
const FORM = {
  goals: 'frontend, Career change',
  interests: 'React, SQL',
  timezone: 'europe/berlin',
  availability: 'weekday evenings, weekend mornings',
  languages: 'en, de',
};

describe('/learn profile', () => {
  let l: LearningCommunity;
  afterEach(async () => l.close());

  async function setProfile(
    userId: string,
    options: Record<string, string>,
    fields: Record<string, string>,
  ): Promise<Awaited<ReturnType<LearningCommunity['submitModal']>>> {
    const shown = await l.command(userId, 'learn', 'profile', options);
    if (shown.modal === null) throw new Error(`no form shown: ${shown.reply?.content ?? ''}`);
    return l.submitModal(userId, shown.interactionId, fields);
  }

  it('answers with the form carrying the options, languages prefilled with en', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    const shown = await l.command(sam, 'learn', 'profile', {
      skill: 'intermediate',
      pace: 'steady',
      style: 'hands-on',
      industry: 'FinTech',
    });
    expect(shown.modal?.customId).toBe('learning:profile:intermediate:steady:hands-on:-:fintech');
    expect(shown.modal?.inputs.map((i) => [i.customId, i.value])).toEqual([
      ['goals', undefined],
      ['interests', undefined],
      ['timezone', undefined],
      ['availability', undefined],
      ['languages', 'en'],
    ]);
    expect(await l.rows('learning_profiles')).toEqual([]);
  });

  it('stores a new profile with its defaults, emits the event without member text, then updates it', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    const options = { skill: 'intermediate', pace: 'steady', style: 'hands-on', industry: 'fintech' };
    const done = await setProfile(sam, options, FORM);
    const created = l.now();
    expect(await l.rows('learning_profiles')).toEqual([
      {
        guild_id: l.guildId,
        user_id: sam,
        skill: 'intermediate',
        pace: 'steady',
        style: 'hands-on',
        communication: 'mixed',
        goals: '["frontend","career-change"]',
        industry: 'fintech',
        interests: '["react","sql"]',
        languages: '["en","de"]',
        timezone: 'Europe/Berlin',
        availability: '["weekday-evening","weekend-morning"]',
        groups_opt_in: 1,
        seeking_mentor: 0,
        mentor_category: null,
        dm: 0,
        no_shows: 0,
        created_at: created,
        updated_at: created,
      },
    ]);
    expect(done.reply?.ephemeral).toBe(true);
    expect(done.reply?.content).toContain('Your learner profile is saved.');
    expect(done.reply?.content).toContain('**Availability:** weekday-evening, weekend-morning');
    expect(await l.emitted('learning.profile_updated')).toEqual([
      { userId: sam, skill: 'intermediate', pace: 'steady', style: 'hands-on', groups: true, seekingMentor: false },
    ]);

    // The second form is prefilled from the profile; industry and communication left out are kept.
    await l.advanceBy(60_000);
    await l.command(sam, 'learn', 'groups', { join: false });
    const again = await l.command(sam, 'learn', 'profile', { skill: 'advanced', pace: 'intensive', style: 'visual' });
    expect(again.modal?.customId).toBe('learning:profile:advanced:intensive:visual:-:-');
    expect(Object.fromEntries(again.modal?.inputs.map((i) => [i.customId, i.value]) ?? [])).toEqual({
      goals: 'frontend, career-change',
      interests: 'react, sql',
      timezone: 'Europe/Berlin',
      availability: 'weekday-evening, weekend-morning',
      languages: 'en, de',
    });
    // Inputs left as shown are submitted with their prefilled values.
    const updated = await l.submitModal(sam, again.interactionId, { timezone: 'UTC' });
    expect(updated.reply?.content).toContain('Your learner profile is updated.');
    const [row] = await l.rows('learning_profiles');
    expect(row).toMatchObject({
      skill: 'advanced',
      pace: 'intensive',
      style: 'visual',
      industry: 'fintech',
      timezone: 'UTC',
      goals: '["frontend","career-change"]',
      groups_opt_in: 0,
      created_at: created,
      updated_at: l.now(),
    });
    expect((await l.emitted('learning.profile_updated')).at(-1)).toEqual({
      userId: sam,
      skill: 'advanced',
      pace: 'intensive',
      style: 'visual',
      groups: false,
      seekingMentor: false,
    });
  });

  it('refuses an industry that is not configured, listing the offered ones', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    const shown = await l.command(sam, 'learn', 'profile', {
      skill: 'beginner',
      pace: 'relaxed',
      style: 'reading',
      industry: 'space',
    });
    expect(shown.modal).toBeNull();
    expect(shown.reply).toEqual({
      content:
        '"space" is not one of this community\'s industries: healthcare-it, fintech, edtech. Use industry:none to clear yours.',
      ephemeral: true,
    });
  });

  it('names every problem, echoes what was typed and changes nothing', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    const options = { skill: 'beginner', pace: 'relaxed', style: 'reading' };
    await setProfile(sam, options, FORM);
    const before = await l.rows('learning_profiles');
    const events = await l.emitted('learning.profile_updated');

    const bad = {
      ...FORM,
      goals: 'frontend, astronaut',
      timezone: 'Mars/Olympus',
      availability: 'weekday evenings, lunchtime',
    };
    const done = await setProfile(sam, { skill: 'expert', pace: 'intensive', style: 'visual' }, bad);
    expect(done.reply?.ephemeral).toBe(true);
    const content = done.reply?.content ?? '';
    expect(content).toContain('Nothing was saved:');
    expect(content).toContain(
      '• Career goals: astronaut — choose from frontend, backend, data, devops, mobile, security, design, career-change.',
    );
    expect(content).toContain('• Time zone: "Mars/Olympus" is not an IANA time zone');
    expect(content).toContain('• Availability: lunchtime not understood');
    expect(content).toContain('Career goals: frontend, astronaut\n');
    expect(content).toContain('Time zone: Mars/Olympus\n');
    expect(content).toContain('Availability: weekday evenings, lunchtime\n');
    expect(await l.rows('learning_profiles')).toEqual(before);
    expect(await l.emitted('learning.profile_updated')).toEqual(events);
  });

  it('refuses bad language codes and an empty availability, storing no profile', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    const done = await setProfile(
      sam,
      { skill: 'beginner', pace: 'relaxed', style: 'reading' },
      { ...FORM, availability: ' , ', languages: 'English' },
    );
    const content = done.reply?.content ?? '';
    expect(content).toContain('• Availability: give at least one slot');
    expect(content).toContain('• Languages: english — write language codes like en, de, pt-br.');
    expect(await l.rows('learning_profiles')).toEqual([]);
  });
});

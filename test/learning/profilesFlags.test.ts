import { afterEach, describe, expect, it } from 'vitest';
import { openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

const FORM = {
  goals: 'data',
  interests: 'python',
  timezone: 'America/New_York',
  availability: 'weekends',
  languages: '',
};

describe('/learn show, groups, dms and avoid', () => {
  let l: LearningCommunity;
  afterEach(async () => l.close());

  async function setProfile(userId: string): Promise<void> {
    const shown = await l.command(userId, 'learn', 'profile', { skill: 'beginner', pace: 'relaxed', style: 'visual' });
    await l.submitModal(userId, shown.interactionId, FORM);
  }

  it('shows a profile (own or another member’s) as an embed, and says when there is none', async () => {
    l = await openLearningCommunity();
    const [sam, kenji] = [await l.user('sam'), await l.user('kenji')];
    expect((await l.command(sam, 'learn', 'show')).reply?.content).toBe(
      'You have no learner profile yet: set one with /learn profile.',
    );
    await setProfile(sam);
    const shown = await l.command(kenji, 'learn', 'show', { member: sam });
    expect(shown.reply?.ephemeral).toBe(true);
    const [embed] = shown.reply?.embeds ?? [];
    expect(embed?.description).toBe(`<@${sam}>`);
    expect(Object.fromEntries(embed?.fields?.map((f) => [f.name, f.value]) ?? [])).toEqual({
      Skill: 'beginner',
      Pace: 'relaxed',
      Style: 'visual',
      Communication: 'mixed',
      'Career goals': 'data',
      Interests: 'python',
      Industry: '—',
      'Time zone': 'America/New_York',
      Availability: 'weekend-morning, weekend-afternoon, weekend-evening, weekend-night',
      Languages: 'en',
      'Study groups': 'takes part',
    });
    expect((await l.command(sam, 'learn', 'show', { member: kenji })).reply?.content).toBe(
      `<@${kenji}> has no learner profile.`,
    );
  });

  it('groups and dms need a profile and create none; with one they switch the columns', async () => {
    l = await openLearningCommunity();
    const sam = await l.user('sam');
    const noProfile = 'You have no learner profile yet: set one first with /learn profile.';
    expect((await l.command(sam, 'learn', 'groups', { join: false })).reply?.content).toBe(noProfile);
    expect((await l.command(sam, 'learn', 'dms', { allowed: true })).reply?.content).toBe(noProfile);
    expect(await l.rows('learning_profiles')).toEqual([]);

    await setProfile(sam);
    await l.command(sam, 'learn', 'groups', { join: false });
    await l.command(sam, 'learn', 'dms', { allowed: true });
    expect(await l.rows('learning_profiles')).toMatchObject([{ groups_opt_in: 0, dm: 1 }]);
    expect((await l.emitted<{ groups: boolean }>('learning.profile_updated')).map((e) => e.groups)).toEqual([
      true,
      false,
    ]);
  });

  it('keeps a private do-not-pair list: adds, ignores a repeat, removes, refuses yourself', async () => {
    l = await openLearningCommunity();
    const [sam, kenji] = [await l.user('sam'), await l.user('kenji')];
    const self = await l.command(sam, 'learn', 'avoid', { member: sam });
    expect(self.reply).toEqual({ content: 'You cannot put yourself on your do-not-pair list.', ephemeral: true });

    const added = await l.command(sam, 'learn', 'avoid', { member: kenji });
    expect(added.reply?.ephemeral).toBe(true);
    expect(added.reply?.content).toContain(`<@${kenji}> is now on your do-not-pair list`);
    await l.command(sam, 'learn', 'avoid', { member: kenji });
    expect(await l.rows('learning_avoid')).toEqual([
      { guild_id: l.guildId, user_id: sam, other_id: kenji, created_at: l.now() },
    ]);
    // Nothing is posted where the command was used: the other member is not told.
    expect(await l.messagesIn(l.channels.general)).toEqual([]);

    await l.command(sam, 'learn', 'avoid', { member: kenji, stop: true });
    expect(await l.rows('learning_avoid')).toEqual([]);
    expect(await l.emitted('learning.avoid_changed')).toEqual([
      { userId: sam, otherId: kenji, avoid: true },
      { userId: sam, otherId: kenji, avoid: false },
    ]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { recognitionDb } from '../../src/modules/recognition/RecognitionTables.js';
import { testDialect } from '../testStore.js';
import { insertTestProfile, startTestMentorship } from './journeyFixture.js';
import { DAY, LEARNING_SECTION, openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

const buttonIds = (id: string) =>
  ['met', 'mentor_absent', 'mentee_absent', 'skip'].map((a) => `learning:session:${id}:${a}`);

describe(`mentorship journey sessions (${testDialect})`, () => {
  let t: LearningCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const open = async () => {
    t = await openLearningCommunity(LEARNING_SECTION, { sections: { recognition: { preset: 'seed003' } } });
    return t;
  };

  it('plans the whole journey and schedules a prompt per session and the completion', async () => {
    const c = await open();
    const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
    const start = c.now();
    await startTestMentorship(c, { id: 'm1', mentorId: sam, menteeId: kenji });
    const sessions = await c.rows('learning_sessions');
    const due = (kind: string) =>
      sessions
        .filter((s) => s.kind === kind)
        .sort((a, b) => a.seq - b.seq)
        .map((s) => (s.due_at - start) / DAY);
    expect(due('intro')).toEqual([1]);
    expect(due('checkin')).toEqual([14, 28, 42, 56, 70, 84, 98, 112, 126, 140, 154, 168]);
    expect(due('milestone')).toEqual([30, 60, 90, 120, 150]);
    expect(due('project')).toEqual([90]);
    expect(sessions.every((s) => s.outcome === 'pending' && s.prompt_message_id === null)).toBe(true);
    const jobs = await c.pendingJobs();
    expect(jobs).toHaveLength(sessions.length + 1);
    expect(jobs[0]).toEqual({ key: 'journey-prompt:m1-intro-1', name: 'journey-session-prompt', run_at: start + DAY });
    expect(jobs.at(-1)).toEqual({ key: 'journey-complete:m1', name: 'journey-complete', run_at: start + 180 * DAY });

    // The event handled again (a replay) adds nothing.
    await startTestMentorship(c, { id: 'm1b', mentorId: sam, menteeId: kenji, length: 10 * DAY });
    expect((await c.rows('learning_sessions')).filter((s) => s.mentorship_id === 'm1b').map((s) => s.id)).toEqual([
      'm1b-intro-1',
    ]);
  });

  it('posts the prompt in the thread mentioning both; "met" records it once and credits the mentor', async () => {
    const c = await open();
    const [sam, kenji, lena] = [await c.user('sam'), await c.user('kenji'), await c.user('lena')];
    const { threadId } = await startTestMentorship(c, { id: 'm2', mentorId: sam, menteeId: kenji });
    if (threadId === null) throw new Error('no thread');
    await c.advanceBy(DAY);
    const [prompt] = await c.messagesIn(threadId);
    if (prompt === undefined) throw new Error('no prompt');
    expect(prompt.content).toContain(`<@${sam}> <@${kenji}> **Introduction session** is due: goal setting`);
    expect(prompt.pinged.userIds.sort()).toEqual([sam, kenji].sort());
    expect(prompt.components.flatMap((r) => r.components.map((b) => b.customId))).toEqual(buttonIds('m2-intro-1'));

    const outsider = await c.press(lena, prompt, 'learning:session:m2-intro-1:met');
    expect(outsider.reply?.content).toBe('Only the mentor and the mentee of this mentorship can answer.');

    const met = await c.press(kenji, prompt, 'learning:session:m2-intro-1:met');
    expect(met.reply).toEqual({ content: 'Recorded: Introduction session — met.', ephemeral: true });
    const session = (await c.rows('learning_sessions')).find((s) => s.id === 'm2-intro-1');
    expect(session).toMatchObject({ outcome: 'met', recorded_by: kenji, prompt_message_id: prompt.id });
    const [edited] = await c.messagesIn(threadId);
    expect(edited?.content).toBe(
      `<@${sam}> <@${kenji}> **Introduction session**: ✅ you met (recorded by <@${kenji}>).`,
    );
    expect(edited?.components).toEqual([]);
    expect(await c.emitted('contribution.recorded')).toEqual([
      { userId: sam, kind: 'peer_mentoring', sourceId: 'm2-intro-1', channelId: threadId },
    ]);
    expect(await c.emitted('learning.session_recorded')).toEqual([
      {
        mentorshipId: 'm2',
        sessionId: 'm2-intro-1',
        kind: 'intro',
        seq: 1,
        outcome: 'met',
        noShowUserId: null,
        by: kenji,
      },
    ]);
    const points = await recognitionDb(c.c.store.db)
      .selectFrom('recognition_members')
      .select('points')
      .where('user_id', '=', sam)
      .executeTakeFirst();
    expect(points?.points).toBe(25);

    // The buttons are gone; the answer deadline later changes nothing.
    await c.advanceBy(8 * DAY);
    expect((await c.rows('learning_sessions')).find((s) => s.id === 'm2-intro-1')?.outcome).toBe('met');
    expect(await c.emitted('learning.session_recorded')).toHaveLength(1);
    expect(await c.emitted('contribution.recorded')).toHaveLength(1);
  });

  it('a no-show adds to the absent member’s no_shows; an unanswered session is skipped', async () => {
    const c = await open();
    const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
    await insertTestProfile(c, sam);
    await insertTestProfile(c, kenji);
    const { threadId } = await startTestMentorship(c, { id: 'm3', mentorId: sam, menteeId: kenji });
    if (threadId === null) throw new Error('no thread');
    await c.advanceBy(DAY);
    const [prompt] = await c.messagesIn(threadId);
    if (prompt === undefined) throw new Error('no prompt');
    const pressed = await c.press(sam, prompt, 'learning:session:m3-intro-1:mentee_absent');
    expect(pressed.reply?.content).toBe('Recorded: Introduction session — a no-show.');
    const profiles = await c.rows('learning_profiles');
    expect(profiles.map((p) => [p.user_id, p.no_shows]).sort()).toEqual(
      [
        [kenji, 1],
        [sam, 0],
      ].sort(),
    );
    expect((await c.messagesIn(threadId))[0]?.content).toContain(`❌ <@${kenji}> did not show`);
    expect(await c.emitted('contribution.recorded')).toEqual([]);

    // The first check-in (day 14) is never answered: skipped 7 days later.
    await c.advanceBy(13 * DAY);
    const checkin = (await c.messagesIn(threadId)).at(-1);
    expect(checkin?.content).toContain('**Check-in #1** is due: progress review, challenges and guidance');
    await c.advanceBy(7 * DAY);
    const row = (await c.rows('learning_sessions')).find((s) => s.id === 'm3-checkin-1');
    expect(row).toMatchObject({ outcome: 'skipped', recorded_by: null });
    const edited = (await c.messagesIn(threadId)).find((m) => m.id === checkin?.id);
    expect(edited?.content).toBe(`<@${sam}> <@${kenji}> **Check-in #1**: ⏭️ skipped.`);
    expect(edited?.components).toEqual([]);
    expect((await c.emitted<{ outcome: string }>('learning.session_recorded')).map((p) => p.outcome)).toEqual([
      'no_show',
      'skipped',
    ]);
  });
});

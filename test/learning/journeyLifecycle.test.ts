import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { deliverMentorshipStarted, insertTestProfile, startTestMentorship } from './journeyFixture.js';
import { DAY, LEARNING_SECTION, openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

interface Ended {
  mentorshipId: string;
  reason: string;
  by: string | null;
}

describe(`mentorship journey lifecycle (${testDialect})`, () => {
  let t: LearningCommunity | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('completes at ends_at: status, event, thanks in the thread, the mentor credited', async () => {
    const c = (t = await openLearningCommunity());
    const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
    const start = c.now();
    const { threadId } = await startTestMentorship(c, { id: 'c1', mentorId: sam, menteeId: kenji, length: 20 * DAY });
    if (threadId === null) throw new Error('no thread');
    await c.advanceTo(start + 20 * DAY);
    const [row] = await c.rows('learning_mentorships');
    expect(row).toMatchObject({ status: 'completed', end_reason: 'completed', ended_at: start + 20 * DAY });
    expect(await c.emitted('learning.mentorship_ended')).toEqual([
      { mentorshipId: 'c1', mentorId: sam, menteeId: kenji, reason: 'completed', by: null },
    ]);
    expect(await c.emitted('contribution.recorded')).toEqual([
      { userId: sam, kind: 'peer_mentoring', sourceId: 'c1', channelId: threadId },
    ]);
    const last = (await c.messagesIn(threadId)).at(-1);
    expect(last?.content).toContain('Your mentorship journey is complete');
    expect(last?.pinged.userIds.sort()).toEqual([sam, kenji].sort());
    // Check-in #1 (day 14) still takes its answer until day 21, then is skipped.
    expect((await c.pendingJobs()).map((j) => j.key)).toEqual(['journey-deadline:c1-checkin-1']);
    await c.advanceTo(start + 21 * DAY);
    expect(await c.pendingJobs()).toEqual([]);

    const status = await c.command(kenji, 'mentor', 'status');
    expect(status.reply?.content).toContain(`**Mentored by <@${sam}>**`);
    expect(status.reply?.content).toContain('completed');
    expect(status.reply?.content).toContain('Sessions: met 0 · missed 0 · skipped 2');
  });

  it('/mentor status shows progress; /mentor end stops the rest of the journey', async () => {
    const c = (t = await openLearningCommunity());
    const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
    const start = c.now();
    const { threadId } = await startTestMentorship(c, { id: 'e1', mentorId: sam, menteeId: kenji });
    if (threadId === null) throw new Error('no thread');
    await c.advanceBy(DAY);

    const status = await c.command(sam, 'mentor', 'status');
    expect(status.reply?.content).toBe(
      [
        `**Mentoring <@${kenji}>**: started <t:${start / 1000}:D>, ends <t:${(start + 180 * DAY) / 1000}:D>`,
        'Sessions: met 0 · missed 0 · skipped 0',
        'Waiting for your answer: Introduction session (buttons in your thread)',
        `Next session: Check-in #1 <t:${(start + 14 * DAY) / 1000}:R>`,
      ].join('\n'),
    );

    const none = await c.command(kenji, 'mentor', 'end', { member: await c.user('lena') });
    expect(none.reply?.content).toContain('You have no active mentorship with');
    const ended = await c.command(kenji, 'mentor', 'end');
    expect(ended.reply?.content).toBe(`Your mentorship with <@${sam}> has ended. Thank you!`);
    expect(await c.rows('learning_mentorships')).toMatchObject([
      { status: 'ended', end_reason: 'ended', ended_by: kenji },
    ]);
    expect((await c.rows('learning_sessions')).map((s) => s.id)).toEqual(['e1-intro-1']);
    expect(await c.emitted<Ended>('learning.mentorship_ended')).toEqual([
      { mentorshipId: 'e1', mentorId: sam, menteeId: kenji, reason: 'ended', by: kenji },
    ]);
    const before = await c.messagesIn(threadId);
    expect(before.at(-1)?.content).toContain(`This mentorship was ended by <@${kenji}>`);
    // The jobs left find no session and no active mentorship: they do nothing.
    await c.advanceTo(start + 181 * DAY);
    const after = await c.messagesIn(threadId);
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect(await c.pendingJobs()).toEqual([]);
    expect(await c.emitted('contribution.recorded')).toEqual([]);
  });

  it('a member leaving ends their active mentorships', async () => {
    const c = (t = await openLearningCommunity());
    const [sam, kenji, lena] = [await c.user('sam'), await c.user('kenji'), await c.user('lena')];
    await startTestMentorship(c, { id: 'l1', mentorId: sam, menteeId: kenji });
    await startTestMentorship(c, { id: 'l2', mentorId: sam, menteeId: lena });
    await c.c.sandbox.removeMember(kenji);
    await c.c.settle();
    const rows = await c.rows('learning_mentorships');
    expect(rows.map((r) => [r.id, r.status, r.end_reason]).sort()).toEqual([
      ['l1', 'ended', 'member_left'],
      ['l2', 'active', null],
    ]);
    expect(await c.emitted<Ended>('learning.mentorship_ended')).toEqual([
      { mentorshipId: 'l1', mentorId: sam, menteeId: kenji, reason: 'member_left', by: null },
    ]);
  });

  it('without a thread: a DM to the member who allowed it, nobody else', async () => {
    const c = (t = await openLearningCommunity());
    const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
    await insertTestProfile(c, sam, false);
    await insertTestProfile(c, kenji, true);
    await startTestMentorship(c, { id: 'd1', mentorId: sam, menteeId: kenji, thread: false });
    await c.advanceBy(DAY);
    const dms = await c.c.sandbox.listDirectMessages(kenji);
    expect(dms.map((m) => m.content)).toEqual([
      "Your mentorship's **Introduction session** is due: goal setting, expectations and communication preferences. See /mentor status for your journey.",
    ]);
    expect(await c.c.sandbox.listDirectMessages(sam)).toEqual([]);
    await c.advanceBy(7 * DAY);
    expect((await c.rows('learning_sessions')).find((s) => s.id === 'd1-intro-1')?.outcome).toBe('skipped');
  });

  it('a restart mid-journey posts no prompt twice', async () => {
    let c = (t = await openLearningCommunity(LEARNING_SECTION, { restartable: true }));
    const [sam, kenji] = [await c.user('sam'), await c.user('kenji')];
    const start = c.now();
    const started = await startTestMentorship(c, { id: 'r1', mentorId: sam, menteeId: kenji });
    const threadId = started.threadId;
    if (threadId === null) throw new Error('no thread');
    await c.advanceBy(DAY);
    const jobs = await c.pendingJobs();
    c = t = await c.restart();
    expect(await c.pendingJobs()).toEqual(jobs);
    // The start event delivered again after the restart changes nothing either.
    await deliverMentorshipStarted(c, { mentorId: sam, menteeId: kenji }, started, 'replayed:r1');
    expect(await c.pendingJobs()).toEqual(jobs);
    await c.advanceTo(start + 31 * DAY);
    const prompts = (await c.messagesIn(threadId)).map((m) => m.content.split('\n')[0]);
    expect(prompts).toEqual([
      `<@${sam}> <@${kenji}> **Introduction session**: ⏭️ skipped.`,
      `<@${sam}> <@${kenji}> **Check-in #1**: ⏭️ skipped.`,
      `<@${sam}> <@${kenji}> **Check-in #2** is due: progress review, challenges and guidance.`,
      `<@${sam}> <@${kenji}> **Milestone review #1** is due: celebrate what you achieved and adjust your goals.`,
    ]);
    expect((await c.rows('learning_sessions')).filter((s) => s.prompt_message_id !== null)).toHaveLength(4);
  });
});

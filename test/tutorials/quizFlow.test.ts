import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../testStore.js';
import { DAY, HOUR, openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';
import { answerAll, BASICS, buttonsOf, pressReply, QUIZ_SECTIONS } from './quizFixture.js';

const SLOW = 60_000;

async function quizMaster(c: ContentCommunity, userId: string): Promise<boolean> {
  const rows = await c.rows('recognition_unlocks');
  return rows.some((r) => r['user_id'] === userId && r['unlock_id'] === 'quiz_master');
}

describe(`quizzes with buttons (${testDialect})`, () => {
  let c: ContentCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it(
    'a member takes a quiz by buttons, scores 80% and unlocks Quiz Master',
    async () => {
      c = await openContentCommunity(QUIZ_SECTIONS);
      const sam = await c.user('sam');
      const listed = await c.command(sam, 'quiz', 'list');
      expect(listed.reply?.content).toContain('`git_basics` **Git basics** · version control · 5 questions');

      const start = await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' });
      expect(start.reply?.ephemeral).toBe(true);
      expect(start.reply?.content).toBe('**Git basics** · Question 1 of 5\nQuestion 1?');
      expect(start.reply?.components?.[0]?.components).toEqual(
        ['wrong', 'right', 'also wrong'].map((label, i) => ({
          kind: 'button',
          customId: `tutorials:quiz:${start.interactionId}:0:${i}`,
          label,
          style: 'secondary',
        })),
      );

      const second = await pressReply(c, sam, start, `tutorials:quiz:${start.interactionId}:0:1`);
      expect(second.reply?.content).toBe('✅ Right! Because 1.\n\n**Git basics** · Question 2 of 5\nQuestion 2?');
      const third = await pressReply(c, sam, second, `tutorials:quiz:${start.interactionId}:1:0`);
      expect(third.reply?.content).toContain('❌ Not quite: the answer is **right**. Because 2.');
      let current = third;
      for (let position = 2; position < 5; position++) {
        current = await pressReply(c, sam, current, `tutorials:quiz:${start.interactionId}:${position}:1`);
      }
      expect(current.reply?.content).toContain('**Git basics** finished: **80%** (4 of 5 right) · passed 🎉');
      expect(current.reply?.content).toContain('Your best score: 80%.');
      expect(current.reply?.components).toBeUndefined();

      expect(await c.emitted('tutorials.quiz_completed')).toEqual([
        { quizId: 'git_basics', userId: sam, attemptId: start.interactionId, score: 80, passed: true },
      ]);
      expect(await c.emitted('contribution.recorded')).toContainEqual(
        expect.objectContaining({ userId: sam, kind: 'quiz_completed', score: 80 }),
      );
      expect(await quizMaster(c, sam)).toBe(true);
      expect(await c.rows('tutorials_quiz_answers')).toHaveLength(5);
    },
    SLOW,
  );

  it(
    'a score below 80% does not unlock Quiz Master',
    async () => {
      c = await openContentCommunity(QUIZ_SECTIONS);
      const kenji = await c.user('kenji');
      const start = await c.command(kenji, 'quiz', 'take', { quiz: 'git_basics' });
      const end = await answerAll(c, kenji, start, 3);
      expect(end.reply?.content).toContain('finished: **60%** (3 of 5 right) · not passed');
      expect(await quizMaster(c, kenji)).toBe(false);
    },
    SLOW,
  );

  it(
    'a double press or a press on an answered question changes nothing and says so',
    async () => {
      c = await openContentCommunity(QUIZ_SECTIONS);
      const sam = await c.user('sam');
      const start = await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' });
      const first = `tutorials:quiz:${start.interactionId}:0:1`;
      await pressReply(c, sam, start, first);
      const again = await pressReply(c, sam, start, `tutorials:quiz:${start.interactionId}:0:0`);
      expect(again.reply?.content).toBe(
        'You already answered question 1: that press changed nothing.\n\n**Git basics** · Question 2 of 5\nQuestion 2?',
      );
      expect(await c.rows('tutorials_quiz_answers')).toEqual([
        expect.objectContaining({ attempt_id: start.interactionId, position: 0, choice: 1, correct: 1 }),
      ]);
      expect(await c.rows('tutorials_quiz_attempts')).toEqual([
        expect.objectContaining({ position: 1, correct: 1, status: 'open' }),
      ]);
    },
    SLOW,
  );

  it(
    'a retake waits retakeAfter; only a new best counts again',
    async () => {
      c = await openContentCommunity(QUIZ_SECTIONS);
      const sam = await c.user('sam');
      await answerAll(c, sam, await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' }), 4);
      const early = await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' });
      expect(early.reply?.content).toContain('You took **Git basics** recently: you can take it again <t:');
      expect(buttonsOf(early)).toEqual([]);

      await c.advanceBy(DAY);
      const worse = await answerAll(c, sam, await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' }), 2);
      expect(worse.reply?.content).toContain('**40%**');
      expect(worse.reply?.content).toContain('Your best score: 80%.');
      await c.advanceBy(DAY);
      await answerAll(c, sam, await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' }), 5);

      const scores = (await c.emitted<{ kind: string; score?: number }>('contribution.recorded'))
        .filter((e) => e.kind === 'quiz_completed')
        .map((e) => e.score);
      expect(scores).toEqual([80, 100]);
      expect((await c.emitted<{ score: number }>('tutorials.quiz_completed')).map((e) => e.score)).toEqual([
        80, 40, 100,
      ]);
    },
    SLOW,
  );

  it(
    'an attempt left past its time limit expires; taking the quiz resumes an open one',
    async () => {
      c = await openContentCommunity({
        tutorials: { quizzes: { items: [{ ...BASICS, timeLimit: '1h' }] } },
      });
      const sam = await c.user('sam');
      const start = await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' });
      await pressReply(c, sam, start, `tutorials:quiz:${start.interactionId}:0:1`);
      const resumed = await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' });
      expect(resumed.reply?.content).toBe(
        'You have this quiz open: here is where you were.\n\n**Git basics** · Question 2 of 5\nQuestion 2?',
      );
      await c.advanceBy(HOUR);
      const late = await pressReply(c, sam, resumed, `tutorials:quiz:${start.interactionId}:1:1`);
      expect(late.reply?.content).toBe('This attempt at **Git basics** ran out of time: `/quiz take` starts again.');
      expect(await c.rows('tutorials_quiz_attempts')).toEqual([expect.objectContaining({ status: 'expired' })]);
      const fresh = await c.command(sam, 'quiz', 'take', { quiz: 'git_basics' });
      expect(fresh.reply?.content).toBe('**Git basics** · Question 1 of 5\nQuestion 1?');
    },
    SLOW,
  );

  it(
    'staff post a quiz card whose button starts an attempt; members cannot post',
    async () => {
      c = await openContentCommunity(QUIZ_SECTIONS, { channels: ['quizzes'] });
      const [mira, sam] = [await c.user('mira'), await c.user('sam')];
      const refused = await c.command(sam, 'quiz', 'post', { quiz: 'git_basics' });
      expect(refused.reply?.content).toBe('Only tutorials staff can post quizzes.');
      const posted = await c.command(mira, 'quiz', 'post', {
        quiz: 'git_basics',
        channel: c.channels['quizzes'] ?? '',
      });
      expect(posted.reply?.content).toBe(`Posted the quiz **Git basics** in <#${c.channels['quizzes'] ?? ''}>.`);
      const [card] = await c.messagesIn(c.channels['quizzes'] ?? '');
      if (card === undefined) throw new Error('no quiz card');
      expect(card.content).toBe('📝 **Quiz: Git basics**\nTopic: version control\n5 questions · pass at 80%');
      const taken = await c.press(sam, card, 'tutorials:quiztake:git_basics');
      expect(taken.reply?.content).toBe('**Git basics** · Question 1 of 5\nQuestion 1?');
      expect(buttonsOf(taken)).toHaveLength(3);
      expect(await c.emitted('tutorials.quiz_started')).toEqual([
        { quizId: 'git_basics', userId: sam, attemptId: taken.interactionId },
      ]);
    },
    SLOW,
  );
});

import type { InteractionReply } from '../../../platform/Platform.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import type { AnswerButton } from './quizCustomId.js';
import { orderOf, questionReply, resultReply, verdict, type QuizResult } from './quizMessages.js';
import type { QuizDefinition } from './quizzesConfig.js';
import { QuizStore, type QuizAttempt } from './quizStore.js';

/**
 * Records the answer a button carries and answers with the verdict and the next question, or
 * the result after the last one. A press on a question already answered (a double press, an
 * older message) changes nothing and says so. Finishing emits `tutorials.quiz_completed`, and
 * `contribution.recorded` (`quiz_completed` with the score, keyed by the attempt) on the
 * member's first finish of the quiz and on each new best.
 * @param ctx - the module's context
 * @param guildId - the guild
 * @param userId - who pressed
 * @param button - attempt, position and choice
 */
export async function answerQuestion(
  ctx: TutorialsContext,
  guildId: string,
  userId: string,
  button: AnswerButton,
): Promise<InteractionReply> {
  const store = new QuizStore(ctx.db);
  const attempt = await store.attempt(button.attemptId);
  const quiz = ctx.config.quizzes.items.find((q) => q.id === attempt?.quiz_id);
  if (attempt === undefined || attempt.guild_id !== guildId || quiz === undefined) {
    return { content: 'This quiz is no longer available: see `/quiz list`.', ephemeral: true };
  }
  if (attempt.user_id !== userId)
    return { content: 'This is not your quiz attempt: use `/quiz take`.', ephemeral: true };
  const now = ctx.clock.now();
  if (attempt.status === 'expired' || (attempt.status === 'open' && attempt.expires_at <= now)) {
    await store.expire(attempt.id);
    return {
      content: `This attempt at **${quiz.title}** ran out of time: \`/quiz take\` starts again.`,
      ephemeral: true,
    };
  }
  const order = orderOf(attempt);
  const questionIndex = order[button.position];
  const question = questionIndex === undefined ? undefined : quiz.questions[questionIndex];
  const stale = attempt.status !== 'open' || button.position !== attempt.position;
  if (stale || questionIndex === undefined || question === undefined || button.choice >= question.choices.length) {
    const note = `You already answered question ${button.position + 1}: that press changed nothing.`;
    return attempt.status === 'open'
      ? questionReply(quiz, attempt, note)
      : resultReply(quiz, await resultOf(ctx, attempt, quiz), note);
  }
  const correct = button.choice === question.answer ? 1 : 0;
  const last = button.position + 1 >= order.length;
  const score = Math.round(((attempt.correct + correct) * 100) / order.length);
  const recorded = await store.recordAnswer(
    {
      attempt_id: attempt.id,
      position: button.position,
      question: questionIndex,
      choice: button.choice,
      correct,
      answered_at: now,
    },
    last ? { score, at: now } : null,
  );
  const updated = (await store.attempt(attempt.id)) ?? attempt;
  if (!recorded) {
    const note = `You already answered question ${button.position + 1}: that press changed nothing.`;
    return updated.status === 'open'
      ? questionReply(quiz, updated, note)
      : resultReply(quiz, await resultOf(ctx, updated, quiz), note);
  }
  const note = verdict(quiz, questionIndex, button.choice);
  if (!last) return questionReply(quiz, updated, note);
  const result = await resultOf(ctx, updated, quiz);
  await announceCompletion(ctx, updated, result);
  return resultReply(quiz, result, note);
}

/** The numbers of a finished attempt: its score, the best so far, when to retake. */
async function resultOf(ctx: TutorialsContext, attempt: QuizAttempt, quiz: QuizDefinition): Promise<QuizResult> {
  const attempts = await new QuizStore(ctx.db).attemptsOf(attempt.guild_id, attempt.user_id, quiz.id);
  const score = attempt.score ?? 0;
  const best = Math.max(score, ...attempts.map((a) => a.score ?? 0));
  const lastFinish = Math.max(attempt.completed_at ?? 0, ...attempts.map((a) => a.completed_at ?? 0));
  return {
    score,
    correct: attempt.correct,
    passed: score >= ctx.config.quizzes.passPercent,
    best,
    retakeAt: lastFinish + ctx.config.quizzes.retakeAfter,
  };
}

/** Emits the completion, and the contribution when it is the first finish or a new best. */
async function announceCompletion(ctx: TutorialsContext, attempt: QuizAttempt, result: QuizResult): Promise<void> {
  const { guild_id: guildId, user_id: userId, quiz_id: quizId, id: attemptId } = attempt;
  await ctx.emit(
    'tutorials.quiz_completed',
    { quizId, userId, attemptId, score: result.score, passed: result.passed },
    { key: `quiz_completed:${attemptId}`, guildId },
  );
  const earlier = (await new QuizStore(ctx.db).attemptsOf(guildId, userId, quizId)).filter(
    (a) => a.id !== attemptId && a.status === 'completed',
  );
  const previousBest = Math.max(-1, ...earlier.map((a) => a.score ?? 0));
  if (earlier.length > 0 && result.score <= previousBest) return;
  await ctx.emit(
    'contribution.recorded',
    { userId, kind: 'quiz_completed', score: result.score, sourceId: `quiz:${quizId}:${attemptId}` },
    { key: `${attemptId}:quiz_completed`, guildId },
  );
}

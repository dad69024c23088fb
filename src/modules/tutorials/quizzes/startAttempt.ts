import type { InteractionReply } from '../../../platform/Platform.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { questionReply } from './quizMessages.js';
import { DEFAULT_ATTEMPT_MS, type QuizDefinition } from './quizzesConfig.js';
import { QuizStore } from './quizStore.js';
import { questionOrder } from './questionOrder.js';

/** Who starts an attempt, from which interaction (its id becomes the attempt's). */
export interface AttemptStarter {
  guildId: string;
  userId: string;
  interactionId: string;
}

/**
 * Starts an attempt at a quiz and asks its first question; resumes the member's open attempt
 * instead when there is one; refuses before `retakeAfter` has passed since their last finish.
 * An open attempt past its time is marked expired here (lazily).
 * @param ctx - the module's context
 * @param starter - guild, member and interaction
 * @param quiz - the quiz
 */
export async function startAttempt(
  ctx: TutorialsContext,
  starter: AttemptStarter,
  quiz: QuizDefinition,
): Promise<InteractionReply> {
  const { guildId, userId, interactionId } = starter;
  const store = new QuizStore(ctx.db);
  const now = ctx.clock.now();
  const attempts = await store.attemptsOf(guildId, userId, quiz.id);
  for (const attempt of attempts) {
    if (attempt.status !== 'open') continue;
    if (attempt.expires_at > now)
      return questionReply(quiz, attempt, 'You have this quiz open: here is where you were.');
    await store.expire(attempt.id);
  }
  const lastFinish = Math.max(0, ...attempts.map((a) => a.completed_at ?? 0));
  const retakeAt = lastFinish + ctx.config.quizzes.retakeAfter;
  if (lastFinish > 0 && now < retakeAt) {
    return {
      content: `You took **${quiz.title}** recently: you can take it again <t:${Math.floor(retakeAt / 1000)}:R>.`,
      ephemeral: true,
    };
  }
  const attempt = {
    id: interactionId,
    guild_id: guildId,
    quiz_id: quiz.id,
    user_id: userId,
    question_order: JSON.stringify(questionOrder(quiz.questions.length, quiz.shuffle, interactionId)),
    position: 0,
    correct: 0,
    status: 'open' as const,
    score: null,
    started_at: now,
    expires_at: now + (quiz.timeLimit ?? DEFAULT_ATTEMPT_MS),
    completed_at: null,
  };
  await store.insertAttempt(attempt);
  await ctx.emit(
    'tutorials.quiz_started',
    { quizId: quiz.id, userId, attemptId: attempt.id },
    { key: `quiz_started:${attempt.id}`, guildId },
  );
  return questionReply(quiz, attempt, null);
}

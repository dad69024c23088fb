import type { TutorialsContext } from '../TutorialsContext.js';
import type { QuizDetail, QuizList, QuizSummary } from './QuizzesApi.js';
import type { QuizDefinition } from './quizzesConfig.js';
import { QuizStore, type QuizAttempt } from './quizStore.js';

/**
 * The score histogram: ten buckets, 0–9 … 80–89 and 90–100.
 * @param scores - finished attempts' scores
 */
export function scoreHistogram(scores: readonly number[]): QuizSummary['histogram'] {
  const buckets = Array.from({ length: 10 }, (_unused, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    count: 0,
  }));
  for (const score of scores) {
    const bucket = buckets[Math.min(9, Math.floor(score / 10))];
    if (bucket !== undefined) bucket.count += 1;
  }
  return buckets;
}

function summarise(quiz: QuizDefinition, attempts: readonly QuizAttempt[], passPercent: number): QuizSummary {
  const scores = attempts.filter((a) => a.status === 'completed').map((a) => a.score ?? 0);
  const passed = scores.filter((s) => s >= passPercent).length;
  const finishers = new Set(attempts.filter((a) => a.status === 'completed').map((a) => a.user_id));
  return {
    id: quiz.id,
    title: quiz.title,
    topic: quiz.topic ?? null,
    questions: quiz.questions.length,
    attempts: attempts.length,
    completions: scores.length,
    passed,
    passRate: scores.length === 0 ? null : passed / scores.length,
    meanScore: scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
    members: finishers.size,
    histogram: scoreHistogram(scores),
  };
}

/**
 * Every configured quiz in numbers (`GET /api/tutorials/quizzes`).
 * @param ctx - the module's context
 * @param guildId - the guild
 */
export async function quizList(ctx: TutorialsContext, guildId: string): Promise<QuizList> {
  const attempts = await new QuizStore(ctx.db).attemptsIn(guildId);
  const { items, passPercent } = ctx.config.quizzes;
  return {
    passPercent,
    quizzes: items.map((quiz) =>
      summarise(
        quiz,
        attempts.filter((a) => a.quiz_id === quiz.id),
        passPercent,
      ),
    ),
  };
}

/**
 * One quiz in numbers with its questions' answers, or undefined when no quiz has that id.
 * @param ctx - the module's context
 * @param guildId - the guild
 * @param quizId - the quiz
 */
export async function quizDetail(
  ctx: TutorialsContext,
  guildId: string,
  quizId: string,
): Promise<QuizDetail | undefined> {
  const quiz = ctx.config.quizzes.items.find((q) => q.id === quizId);
  if (quiz === undefined) return undefined;
  const store = new QuizStore(ctx.db);
  const attempts = await store.attemptsIn(guildId, quizId);
  const answers = await store.answersOfMany(attempts.map((a) => a.id));
  const { passPercent } = ctx.config.quizzes;
  return {
    ...summarise(quiz, attempts, passPercent),
    passPercent,
    questionStats: quiz.questions.map((question, index) => {
      const mine = answers.filter((a) => a.question === index);
      return {
        position: index + 1,
        prompt: question.prompt,
        answers: mine.length,
        correctRate: mine.length === 0 ? null : mine.filter((a) => a.correct === 1).length / mine.length,
        choices: question.choices.map((label, choice) => ({
          label,
          count: mine.filter((a) => a.choice === choice).length,
          correct: choice === question.answer,
        })),
      };
    }),
  };
}

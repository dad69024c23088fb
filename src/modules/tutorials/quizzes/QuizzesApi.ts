// The response schemas of the quizzes dashboard API (/api/tutorials/quizzes…). The dashboard's
// Tutorials page reads these shapes: keep them stable.
import { z } from 'zod';

const count = z.number().int().min(0);

/** One bucket of the score histogram: scores from `from` to `to` percent, both included. */
export const ScoreBucket = z.object({ from: count, to: count, count });

/** One quiz in numbers. */
export const QuizSummary = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string().nullable(),
  questions: count,
  attempts: count.describe('Attempts started (finished, open and expired).'),
  completions: count.describe('Attempts finished.'),
  passed: count.describe('Attempts finished at or above the pass mark.'),
  passRate: z.number().min(0).max(1).nullable().describe('passed / completions; null without completions.'),
  meanScore: z.number().min(0).max(100).nullable().describe('Mean score of finished attempts, percent.'),
  members: count.describe('Members who finished it at least once.'),
  histogram: z.array(ScoreBucket).describe('Finished attempts by score: 0–9, 10–19 … 90–100.'),
});
export type QuizSummary = z.infer<typeof QuizSummary>;

/** `GET /api/tutorials/quizzes`. */
export const QuizList = z.object({ passPercent: count, quizzes: z.array(QuizSummary) });
export type QuizList = z.infer<typeof QuizList>;

/** One question of a quiz in numbers. */
export const QuestionStats = z.object({
  position: count.describe('Its place in the quiz as declared (from 1).'),
  prompt: z.string(),
  answers: count,
  correctRate: z.number().min(0).max(1).nullable(),
  /** How many chose each choice, in the order declared. */
  choices: z.array(z.object({ label: z.string(), count, correct: z.boolean() })),
});

/** `GET /api/tutorials/quizzes/:id`. */
export const QuizDetail = QuizSummary.extend({ passPercent: count, questionStats: z.array(QuestionStats) });
export type QuizDetail = z.infer<typeof QuizDetail>;

/** `:id` of a quiz. */
export const QuizIdParams = z.object({ id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/) });

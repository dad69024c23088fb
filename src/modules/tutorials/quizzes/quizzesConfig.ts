import { z } from 'zod';
import { Duration } from '../../../config/Duration.js';

/** One question of a quiz: a prompt, 2–5 choices (one button each) and the right one. */
export const QuizQuestion = z
  .object({
    prompt: z.string().trim().min(1).max(300).describe('The question (up to 300 characters).'),
    choices: z
      .array(z.string().trim().min(1).max(80))
      .min(2)
      .max(5)
      .describe("2–5 answers, one button each (up to 80 characters: Discord's button label limit)."),
    answer: z.number().int().min(0).describe('The right choice: its index in `choices`, from 0.'),
    explanation: z.string().trim().min(1).max(500).optional().describe('Shown after the member answers.'),
  })
  .strict()
  .superRefine((question, check) => {
    if (question.answer >= question.choices.length) {
      check.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `must be the index of one of the ${question.choices.length} choices (0–${question.choices.length - 1})`,
      });
    }
  });

export type QuizQuestion = z.infer<typeof QuizQuestion>;

/** One quiz declared in community.yaml. */
export const QuizDefinition = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower_snake_case: a letter, then letters, digits or _ (up to 40)')
      .describe('Stable id (lower_snake_case, up to 40 characters): `/quiz take quiz:<id>`.'),
    title: z.string().trim().min(1).max(100).describe('Shown to members.'),
    topic: z.string().trim().min(1).max(100).optional().describe('What it covers.'),
    tutorial: z.string().trim().min(1).max(200).optional().describe('A link or name of the tutorial it goes with.'),
    timeLimit: Duration.optional().describe(
      'Time to finish an attempt (default 1 day); an attempt left longer expires.',
    ),
    shuffle: z.boolean().default(false).describe('Ask the questions in a different order in each attempt.'),
    questions: z.array(QuizQuestion).min(1).max(25).describe('1–25 questions, asked one at a time.'),
  })
  .strict();

export type QuizDefinition = z.infer<typeof QuizDefinition>;

/** The `tutorials.quizzes` settings. */
export const QuizzesConfig = z
  .object({
    passPercent: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(80)
      .describe('A score at or above this passes (percent). Recognition\'s "Quiz Master" needs 80.'),
    retakeAfter: Duration.prefault('1d').describe('How long after finishing a quiz a member may take it again.'),
    items: z.array(QuizDefinition).default([]).describe('The quizzes members can take.'),
  })
  .strict()
  .superRefine((config, check) => {
    const seen = new Set<string>();
    config.items.forEach((quiz, index) => {
      if (seen.has(quiz.id)) {
        check.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `"${quiz.id}" is used by another quiz`,
        });
      }
      seen.add(quiz.id);
    });
  })
  .prefault({});

export type QuizzesConfig = z.infer<typeof QuizzesConfig>;

/** Attempts left this long (without a `timeLimit`) expire. */
export const DEFAULT_ATTEMPT_MS = 24 * 60 * 60 * 1000;

import { z } from 'zod';

/** The `tutorials.quizzes` settings. */
export const QuizzesConfig = z.object({}).strict().prefault({});

export type QuizzesConfig = z.infer<typeof QuizzesConfig>;

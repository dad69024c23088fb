import { z } from 'zod';

/** The `challenges.contests` settings. */
export const ContestsConfig = z.object({}).strict().prefault({});

export type ContestsConfig = z.infer<typeof ContestsConfig>;

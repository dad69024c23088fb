import { z } from 'zod';

/** The `challenges.showcases` settings. */
export const ShowcasesConfig = z.object({}).strict().prefault({});

export type ShowcasesConfig = z.infer<typeof ShowcasesConfig>;

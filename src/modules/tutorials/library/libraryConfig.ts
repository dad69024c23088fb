import { z } from 'zod';

/** The `tutorials.library` settings. */
export const LibraryConfig = z.object({}).strict().prefault({});

export type LibraryConfig = z.infer<typeof LibraryConfig>;

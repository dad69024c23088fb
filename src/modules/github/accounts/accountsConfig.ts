import { z } from 'zod';

/** The `github.accounts` settings. */
export const AccountsConfig = z.object({}).strict().prefault({});

export type AccountsConfig = z.infer<typeof AccountsConfig>;

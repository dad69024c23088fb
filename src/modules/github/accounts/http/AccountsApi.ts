import { z } from 'zod';

/** Credits of one member (or of everyone) by kind. */
export const CreditCounts = z.object({
  code_contribution: z.number().int(),
  code_review: z.number().int(),
  bug_reported: z.number().int(),
});
export type CreditCounts = z.output<typeof CreditCounts>;

/** One linked member. */
export const LinkedAccount = z.object({
  userId: z.string(),
  /** Display name from the member directory, null when unknown. */
  name: z.string().nullable(),
  login: z.string(),
  method: z.enum(['bio', 'gist', 'staff']),
  /** Epoch ms. */
  linkedAt: z.number(),
  credits: CreditCounts,
});
export type LinkedAccount = z.output<typeof LinkedAccount>;

/** `GET /api/github/accounts`. */
export const AccountList = z.object({
  accounts: z.array(LinkedAccount),
  /** Every credit by kind (members linked through the mention mapping included). */
  totals: CreditCounts,
  /** Verifications in progress (not expired). */
  pendingVerifications: z.number().int(),
  /** Logins in `accounts.mentionMapping`. */
  mappedLogins: z.number().int(),
});
export type AccountList = z.output<typeof AccountList>;

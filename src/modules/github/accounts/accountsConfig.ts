import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';

/** A GitHub login as people write it (compared case-insensitively). */
const Login = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub login (letters, digits and hyphens, up to 39)');

const Snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord user id');

const CreditsConfig = z
  .object({
    mergedPullRequests: z
      .boolean()
      .default(true)
      .describe('A merged pull request credits its author with `code_contribution`.'),
    reviews: z
      .boolean()
      .default(true)
      .describe(
        'An approving or changes-requesting review (not on their own pull request) credits the reviewer with `code_review`.',
      ),
    bugReports: z
      .boolean()
      .default(true)
      .describe('An issue opened (or labelled) with one of `bugLabels` credits its author with `bug_reported`.'),
  })
  .strict()
  .prefault({});

const ThanksConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Post a thank-you when a pull request is merged.'),
    channel: channelRef(z.string().trim().min(1).max(100))
      .nullable()
      .default(null)
      .describe("Text channel for the thank-you; null: the channels the delivery's routes send it to."),
  })
  .strict()
  .prefault({});

/** The `github.accounts` settings. */
export const AccountsConfig = z
  .object({
    codeTtl: Duration.prefault('1h').describe('How long a `/github link` verification code stays valid.'),
    mentionMapping: z
      .record(Login, Snowflake)
      .default({})
      .describe(
        'GitHub login → Discord user id (seed 001 `mention_mapping`), used when the login has no verified link (logins compared case-insensitively).',
      ),
    bugLabels: z
      .array(z.string().trim().toLowerCase().min(1).max(50))
      .default(['bug'])
      .describe('Issue labels (case-insensitive) that make an issue a bug report.'),
    credits: CreditsConfig.describe('Which GitHub contributions earn recognition (`contribution.recorded`).'),
    thanks: ThanksConfig.describe('The thank-you posted on a merged pull request.'),
  })
  .strict()
  .prefault({});

export type AccountsConfig = z.infer<typeof AccountsConfig>;

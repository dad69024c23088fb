import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';

/** `owner/name`, compared case-insensitively. */
const RepositoryName = z
  .string()
  .trim()
  .regex(
    /^[\w.-]+\/[\w.*-]+$/,
    'a repository is written owner/name (e.g. miyabi-ai/core; owner/* for all of an owner)',
  );

/** A GitHub login. */
const Login = z
  .string()
  .trim()
  .regex(/^[\w.[\]-]+$/, 'a GitHub login (letters, digits, dashes; bots end in [bot])');

/** One route: which deliveries go to which channel. */
export const DeliveryRoute = z
  .object({
    events: z
      .array(
        z
          .string()
          .trim()
          .regex(/^(\*|[a-z_]+)$/, 'an event is a GitHub event name (issues, pull_request…) or *'),
      )
      .min(1, 'a route needs at least one event (or *)')
      .describe(
        'GitHub event names (`issues`, `pull_request`, `pull_request_review`, `release`, `push`…) or `*` for all.',
      ),
    actions: z
      .array(z.string().trim().min(1))
      .optional()
      .describe('Only these actions (`opened`, `closed`, `published`…); left out: any action.'),
    repositories: z
      .array(RepositoryName)
      .optional()
      .describe('Only these repositories (`owner/name`, `owner/*`); left out: any allowed repository.'),
    branches: z
      .array(z.string().trim().min(1))
      .optional()
      .describe(
        'Only these branches (globs: `main`, `release/*`, `**`): the base branch of a pull request or review, the pushed branch. A delivery without a branch does not match.',
      ),
    labels: z
      .array(z.string().trim().min(1))
      .optional()
      .describe('Only issues or pull requests carrying any of these labels (case-insensitive).'),
    authors: z
      .array(Login)
      .optional()
      .describe('Only deliveries by these GitHub logins (the author of the issue or pull request, else the sender).'),
    excludeAuthors: z.array(Login).optional().describe('Never deliveries by these GitHub logins.'),
    channel: channelRef(z.string().trim().min(1).max(100)).describe(
      'The channel to post in (name, `#name` or id): a text or announcement channel, or a forum.',
    ),
    thread: z
      .boolean()
      .default(false)
      .describe(
        'For a forum channel: one forum post per issue or pull request, later deliveries about it replying in that post (otherwise every delivery starts a post).',
      ),
  })
  .strict();
export type DeliveryRoute = z.infer<typeof DeliveryRoute>;

/** The `github.deliveries` settings. */
export const DeliveriesConfig = z
  .object({
    secretEnv: z
      .string()
      .trim()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name (upper case, digits, underscores)')
      .default('GITHUB_WEBHOOK_SECRET')
      .describe('The environment variable holding the webhook secret (never the secret itself in this file).'),
    previousSecretEnv: z
      .string()
      .trim()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name (upper case, digits, underscores)')
      .nullable()
      .default(null)
      .describe('During a secret rotation: the environment variable holding the old secret, still accepted.'),
    repositories: z
      .array(RepositoryName)
      .default([])
      .describe(
        'Repositories whose deliveries are accepted (`owner/name`, `owner/*`); empty: any. Others are recorded as ignored.',
      ),
    ignoreBots: z
      .boolean()
      .default(true)
      .describe('Skip deliveries sent by bots (`dependabot[bot]`, type Bot): recorded as filtered.'),
    routes: z
      .array(DeliveryRoute)
      .default([])
      .describe(
        'Where deliveries go, each route tried in order (a delivery may match several, one post per channel). Seed 001: issues → development, pull_request → code-review, release → announcements.',
      ),
    keepDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .default(30)
      .describe('Days delivery records are kept for the dashboard (older ones are pruned).'),
  })
  .strict()
  .superRefine((config, check) => {
    if (config.previousSecretEnv !== null && config.previousSecretEnv === config.secretEnv) {
      check.addIssue({
        code: 'custom',
        path: ['previousSecretEnv'],
        message: 'previousSecretEnv must name another variable than secretEnv',
      });
    }
    config.routes.forEach((route, i) => {
      if (route.authors !== undefined && route.excludeAuthors !== undefined) {
        const both = route.authors.filter((a) =>
          route.excludeAuthors?.some((e) => e.toLowerCase() === a.toLowerCase()),
        );
        if (both.length > 0) {
          check.addIssue({
            code: 'custom',
            path: ['routes', i, 'excludeAuthors'],
            message: `${both.join(', ')} both in authors and excludeAuthors`,
          });
        }
      }
    });
  })
  .prefault({});

export type DeliveriesConfig = z.infer<typeof DeliveriesConfig>;

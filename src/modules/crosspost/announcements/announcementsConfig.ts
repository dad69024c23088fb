import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';
import { CROSSPOST_PLATFORMS, DEFAULT_LIMITS, type CrosspostPlatform, type PlatformLimit } from './platformLimits.js';

const EnvName = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9_]*$/,
    'an environment variable name in UPPER_SNAKE_CASE (the URL itself never goes in the file)',
  )
  .max(100);

const Hashtag = z
  .string()
  .trim()
  .transform((tag) => tag.replace(/^#/, ''))
  .pipe(z.string().regex(/^[\p{L}\p{N}_]{1,100}$/u, 'a hashtag: letters, digits and _ (with or without #)'));

/** One outgoing webhook an announcement is delivered to. */
export const CrosspostTarget = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower case letters, digits, - and _ (stable: results are stored by it)')
      .describe('Stable id of the target (results are recorded under it).'),
    platform: z
      .enum(CROSSPOST_PLATFORMS)
      .describe('Whose limits and payload shape it gets: x, linkedin, youtube, discord or generic.'),
    urlEnv: EnvName.describe('Name of the environment variable holding the webhook URL (never the URL itself).'),
    headersEnv: EnvName.optional().describe(
      'Name of an environment variable holding extra request headers as a JSON object (e.g. an Authorization bearer token).',
    ),
    enabled: z.boolean().default(true).describe('False: kept, but nothing is delivered to it.'),
  })
  .strict();
export type CrosspostTarget = z.output<typeof CrosspostTarget>;

const LimitOverride = z
  .object({
    maxLength: z.number().int().min(50).max(100_000).optional(),
    hashtagLimit: z.number().int().min(0).max(30).optional(),
  })
  .strict();

const Limits = z
  .partialRecord(z.enum(CROSSPOST_PLATFORMS), LimitOverride)
  .prefault({})
  .transform(
    (given) =>
      Object.fromEntries(
        CROSSPOST_PLATFORMS.map((p) => [p, { ...DEFAULT_LIMITS[p], ...stripUndefined(given[p] ?? {}) }]),
      ) as Record<CrosspostPlatform, PlatformLimit>,
  );

function stripUndefined(o: {
  maxLength?: number | undefined;
  hashtagLimit?: number | undefined;
}): Partial<PlatformLimit> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** The `crosspost.announcements` settings. */
export const AnnouncementsConfig = z
  .object({
    discord: z
      .object({
        channel: channelRef(z.string().trim().min(1).max(100))
          .nullable()
          .default(null)
          .describe('Channel (name or id) the announcement is posted in on Discord; null: no Discord post.'),
      })
      .strict()
      .prefault({}),
    targets: z
      .array(CrosspostTarget)
      .max(20)
      .default([])
      .superRefine((targets, check) => {
        const seen = new Set<string>();
        targets.forEach((t, i) => {
          if (seen.has(t.id))
            check.addIssue({ code: 'custom', path: [i, 'id'], message: `target id "${t.id}" is used twice` });
          seen.add(t.id);
        });
      })
      .describe('Outgoing webhooks each announcement is delivered to (JSON POST, retried).'),
    limits: Limits.describe(
      'Per-platform overrides of maxLength and hashtagLimit (defaults: discord 2000/10, x 280/3, linkedin 1300/5, youtube 5000/15, generic 5000/15).',
    ),
    hashtags: z
      .array(Hashtag)
      .max(30)
      .default([])
      .describe('Hashtags added to every announcement (after its own), up to each platform’s limit.'),
    maxAttempts: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(5)
      .describe('Delivery attempts per target before it is recorded as failed.'),
  })
  .strict()
  .prefault({});

export type AnnouncementsConfig = z.infer<typeof AnnouncementsConfig>;

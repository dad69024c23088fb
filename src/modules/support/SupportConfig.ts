import { z } from 'zod';
import { channelRef, roleRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';
import { KnowledgeBaseConfig } from './config/KnowledgeBaseConfig.js';
import { DEFAULT_TIERS, SupportTier } from './config/TiersConfig.js';

const RoleNames = z.array(roleRef(z.string().trim().min(1).max(100)));

/** `support.solutions`: marking solutions and closing solved questions. */
const SolutionsConfig = z
  .object({
    solvedTag: z
      .string()
      .min(1)
      .max(20)
      .default('Solved')
      .describe('Forum tag applied to a solved post, when the help forum has a tag by that name (else none).'),
    archiveAfter: Duration.prefault('1h').describe(
      'A solved question is archived this long after its solution was marked (a later message re-opens the wait).',
    ),
    lock: z.boolean().default(false).describe('Lock solved questions when archiving them (only staff can reopen).'),
    inferFromThanks: z
      .boolean()
      .default(true)
      .describe(
        'When the asker thanks someone and then goes quiet for `suggestAfter`, suggest the message they thanked as the solution, to the asker (never marked without them).',
      ),
    suggestAfter: Duration.prefault('2h').describe(
      'How long the asker stays quiet after thanking someone before the solution is suggested.',
    ),
    thanksWords: z
      .array(z.string().min(1))
      .default(['thanks', 'thank you', 'thx', 'ty', 'that worked', 'it works', 'solved', 'fixed it'])
      .describe('Words or phrases that count as the asker thanking someone (case-insensitive, whole words).'),
  })
  .strict()
  .prefault({});

/** `support.nudges`: reminders and closing idle questions. */
const NudgesConfig = z
  .object({
    markSolutionAfter: Duration.prefault('24h').describe(
      'An answered, unsolved question whose asker has been quiet this long gets one reminder to mark a solution.',
    ),
    dormantAfter: Duration.prefault('7d').describe(
      'An unsolved question without any message this long goes dormant: a notice is posted and it is archived.',
    ),
  })
  .strict()
  .prefault({});

/** `support.similar`: suggestions of similar solved questions when a question is posted. */
const SimilarConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Suggest similar solved questions and FAQ entries in a new question.'),
    max: z.number().int().min(1).max(5).default(3).describe('Suggestions at most.'),
    minScore: z
      .number()
      .min(0)
      .default(0.35)
      .describe(
        'Suggest only results whose relevance is at least this share of a perfect match of the question with itself (0–1; higher: fewer, surer suggestions).',
      ),
  })
  .strict()
  .prefault({});

/** The `support:` section of community.yaml. */
export const SupportConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    helpChannels: z
      .array(channelRef(z.string().min(1)))
      .default([])
      .describe(
        'Help forums and help text channels: every forum post, and every thread started in a text channel, is a question. Empty: the module tracks nothing.',
      ),
    autoThread: z
      .boolean()
      .default(true)
      .describe(
        'In help text channels, start a thread from a top-level message so the question and its answers stay together.',
      ),
    staffRoles: RoleNames.default([]).describe(
      "Answers by members with these roles (or a role granting Administrator, or the owner) count as staff answers, else community; staff may mark solutions and run `/support`. Empty: the dashboard's admin and moderator roles (`dashboard.roles`).",
    ),
    helperRoles: RoleNames.default([]).describe('Members with these roles may also mark solutions on any question.'),
    tiers: z
      .array(SupportTier)
      .max(5)
      .prefault(DEFAULT_TIERS)
      .describe(
        'Escalation tiers, in order; an unanswered question moves on when its tier’s target passes. Empty: no escalation.',
      ),
    solutions: SolutionsConfig,
    nudges: NudgesConfig,
    similar: SimilarConfig,
    knowledgeBase: KnowledgeBaseConfig,
  })
  .strict()
  .superRefine((value, ctx) => {
    const names = new Set<string>();
    value.tiers.forEach((tier, index) => {
      if (names.has(tier.name)) {
        ctx.addIssue({
          code: 'custom',
          message: `tier "${tier.name}" is listed twice`,
          path: ['tiers', index, 'name'],
        });
      }
      names.add(tier.name);
      const previous = value.tiers[index - 1];
      if (previous !== undefined && tier.within <= previous.within) {
        ctx.addIssue({
          code: 'custom',
          message: `tier "${tier.name}": \`within\` must be longer than the previous tier's`,
          path: ['tiers', index, 'within'],
        });
      }
    });
  })
  .prefault({});

export type SupportConfig = z.infer<typeof SupportConfig>;

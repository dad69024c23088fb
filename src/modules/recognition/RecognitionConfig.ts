import { z } from 'zod';
import { channelRef, roleRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';
import { CONTRIBUTION_KINDS, type ContributionKind } from '../../core/DomainEvent.js';
import { AmbassadorsConfig } from './config/AmbassadorsConfig.js';
import { deprecatedKey, deprecatedNumber, fromDeprecated, refuseBoth } from './config/deprecatedKeys.js';
import { DEFAULT_ACHIEVEMENTS, DEFAULT_BADGES } from './config/defaultRewards.js';
import { LeaderboardsConfig } from './config/LeaderboardsConfig.js';
import { POINT_PRESETS } from './config/pointPresets.js';
import { ReferralsConfig } from './config/ReferralsConfig.js';
import { RemovedMessagesConfig } from './config/RemovedMessagesConfig.js';
import { AchievementRule, BadgeRule, LevelRule } from './config/RewardRules.js';
import { ThanksConfig } from './config/ThanksConfig.js';
import { validateRecognitionConfig } from './config/validateRecognitionConfig.js';

const pointsOfKind = (kind: ContributionKind) =>
  z
    .number()
    .int()
    .min(0)
    .max(1000)
    .optional()
    .meta({ examples: [POINT_PRESETS.seed002.points[kind]] })
    .describe(
      `Points for ${kind.replaceAll('_', ' ')} (preset seed002: ${POINT_PRESETS.seed002.points[kind]}, seed003: ${POINT_PRESETS.seed003.points[kind]}).`,
    );

const messageCooldownSeconds = deprecatedKey('messageCooldownSeconds');

const kindPoints = Object.fromEntries(CONTRIBUTION_KINDS.map((kind) => [kind, pointsOfKind(kind)])) as Record<
  ContributionKind,
  ReturnType<typeof pointsOfKind>
>;

const RecognitionSection = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    preset: z
      .enum(['seed002', 'seed003'])
      .default('seed002')
      .describe(
        'Built-in points table and leaderboard categories: seed002 (points per action) or seed003 (contribution scoring table, with per-family categories).',
      ),
    points: z
      .object({
        message: z.number().int().min(0).max(1000).default(1).describe('Points for a message (seed 002: 1).'),
        ...kindPoints,
      })
      .strict()
      .prefault({})
      .describe('Points per action.'),
    qualityBonusPercent: z
      .number()
      .int()
      .min(0)
      .max(500)
      .default(50)
      .describe('Extra points, in percent, for a contribution rated above 4 (out of 5).'),
    messageCooldown: Duration.refine((ms) => ms <= 86_400_000, 'must be at most 24h')
      .prefault('60s')
      .describe('A member earns message points at most once per this long (anti-farming; at most 24h).'),
    messageCooldownSeconds: deprecatedNumber(z.number().int().min(0).max(86_400), messageCooldownSeconds),
    minMessageLength: z
      .number()
      .int()
      .min(0)
      .max(2000)
      .default(1)
      .describe('Messages shorter than this (trimmed) earn nothing and do not count as meaningful.'),
    excludedChannels: z
      .array(channelRef(z.string().min(1)))
      .default([])
      .describe('Channel names where messages earn no points.'),
    announceChannel: channelRef(z.string().min(1))
      .nullable()
      .default(null)
      .describe('Channel name where badges, achievements, level-ups and referral tiers are announced (null: none).'),
    staffRoles: z
      .array(roleRef(z.string().min(1)))
      .default(['Admin', 'Moderator'])
      .describe('Role names allowed to run staff commands (/ambassador review, /recompute-points).'),
    badges: z.array(BadgeRule).prefault(DEFAULT_BADGES).describe('Badges by all-time points (seed 002).'),
    achievements: z
      .array(AchievementRule)
      .prefault(DEFAULT_ACHIEVEMENTS)
      .describe('Achievements, each unlocked once when its conditions hold.'),
    levels: z
      .array(LevelRule)
      .default([])
      .describe(
        'Levels from lowest to highest, each a Discord role granted and removed automatically: a member holds the highest level whose conditions hold (e.g. Active Member: tenure_days 30 and messages 50).',
      ),
    levelRoles: z
      .enum(['highest', 'cumulative'])
      .default('highest')
      .describe('highest: a member holds only their level’s role; cumulative: the roles of every level up to theirs.'),
    levelDemotionPercent: z
      .number()
      .int()
      .min(50)
      .max(100)
      .default(90)
      .describe('Low-water mark: a member keeps a level until below this percent of its requirements.'),
    leaderboards: LeaderboardsConfig.prefault({}),
    thanks: ThanksConfig.prefault({}),
    referrals: ReferralsConfig.prefault({}),
    ambassadors: AmbassadorsConfig.prefault({}),
    removedMessages: RemovedMessagesConfig.prefault({}),
  })
  .strict()
  .superRefine(validateRecognitionConfig);

/**
 * The `recognition:` section of community.yaml. Durations are written `"60s"`, `"7d"`; the
 * numeric keys they replace (`messageCooldownSeconds: 60` …) are still read, and reported by
 * `recognitionDeprecations` (config/deprecatedKeys.ts).
 */
export const RecognitionConfig = z
  .preprocess(
    refuseBoth([messageCooldownSeconds]),
    RecognitionSection.transform(({ messageCooldownSeconds: seconds, ...rest }) =>
      seconds === undefined ? rest : { ...rest, messageCooldown: fromDeprecated(seconds, messageCooldownSeconds) },
    ),
  )
  .prefault({});

/** The `recognition:` section, parsed (defaults filled in). */
export type RecognitionConfig = z.infer<typeof RecognitionConfig>;

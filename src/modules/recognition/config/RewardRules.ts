import { z } from 'zod';
import { roleRef } from '../../../config/checkReferencesRegistry.js';
import { CONTRIBUTION_KINDS } from '../../../core/DomainEvent.js';
import { Conditions, Match } from './Conditions.js';

/** A stable id stored in data: lower_snake_case. */
export const RuleId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower_snake_case (a–z, 0–9, _), at most 40 characters');

/** A badge earned by reaching a number of all-time points. */
export const BadgeRule = z
  .object({
    id: RuleId.describe('Stable id (stored with the members who earned it).'),
    name: z.string().min(1).max(50).describe('Shown in /badges and announcements.'),
    points: z.number().int().min(0).describe('All-time points needed.'),
    description: z.string().max(200).default('').describe('What it means.'),
    announce: z.boolean().default(true).describe('Announce it in the announce channel.'),
  })
  .strict();

/** A badge rule. */
export type BadgeRule = z.infer<typeof BadgeRule>;

/** An achievement unlocked once when its conditions hold. */
export const AchievementRule = z
  .object({
    id: RuleId.describe('Stable id (stored with the members who unlocked it).'),
    name: z.string().min(1).max(50).describe('Shown in /badges and announcements.'),
    description: z.string().max(200).default('').describe('What it takes.'),
    family: z
      .enum(['learning', 'community', 'creation', 'platform'])
      .default('community')
      .describe('Seed 000 family, for grouping in /badges.'),
    points: z.number().int().min(0).max(10_000).default(0).describe('Points it gives once (seed 002 suggests 10–200).'),
    conditions: Conditions.default({}),
    match: Match.default('all'),
    score: z
      .object({
        kind: z.enum(CONTRIBUTION_KINDS).describe('Contribution kind carrying a score (e.g. quiz_completed).'),
        min: z.number().min(0).max(100).describe('Minimum score, 0–100.'),
      })
      .strict()
      .optional()
      .describe('Also (or only) unlocked by one contribution of this kind scoring at least min.'),
    announce: z.boolean().default(true).describe('Announce it in the announce channel.'),
  })
  .strict();

/** An achievement rule. */
export type AchievementRule = z.infer<typeof AchievementRule>;

/** A level: a Discord role held while the conditions hold. */
export const LevelRule = z
  .object({
    name: z.string().min(1).max(50).describe('Level name (shown in /rank).'),
    role: roleRef(z.string().min(1).max(100)).describe('Name of the Discord role that marks the level.'),
    conditions: Conditions.default({}),
    match: Match.default('all'),
  })
  .strict();

/** A level rule. */
export type LevelRule = z.infer<typeof LevelRule>;

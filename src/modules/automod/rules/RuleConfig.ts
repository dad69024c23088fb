import { z } from 'zod';
import { AUTOMOD_CATEGORIES } from '../automodEvents.js';
import { Duration } from '../../../config/Duration.js';
import { conditionParts } from '../conditions/conditionParts.js';
import { effectParts } from '../effects/effectParts.js';
import { partUnionSchema } from '../parts/Part.js';
import { triggerParts } from '../triggers/triggerParts.js';

/** How bad a broken rule is, mildest first. */
export const SEVERITIES = ['minor', 'moderate', 'serious', 'severe'] as const;

/** One automod rule: any trigger fires it, all conditions must hold, every effect runs. */
export const RuleConfig = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes, like "link-spam"')
      .describe('Stable id (cases and false-positive counts refer to it). A built-in rule id replaces that rule.'),
    name: z.string().trim().min(1).max(100).describe('Shown in cases, alerts and warnings.'),
    description: z.string().trim().max(500).default('').describe('What the rule is for.'),
    enabled: z.boolean().default(true).describe('Turn the rule on or off.'),
    category: z
      .enum(AUTOMOD_CATEGORIES)
      .default('other')
      .describe('Kind of harm; `moderation.immediateActions` lists categories that skip the escalation ladder.'),
    severity: z
      .enum(SEVERITIES)
      .default('minor')
      .describe('minor, moderate, serious or severe: decides who an alert pings (`moderation.alertRoles`).'),
    triggers: z
      .array(partUnionSchema(triggerParts))
      .min(1)
      .describe('The rule fires when any of these fires (see docs/automod.md for every trigger).'),
    conditions: z
      .array(partUnionSchema(conditionParts))
      .prefault([])
      .describe('All of these must hold about the member and channel (none: always).'),
    effects: z.array(partUnionSchema(effectParts)).min(1).describe('All of these run, in order.'),
    cooldown: Duration.prefault('60s').describe(
      'After firing for a member, new matches within this time are the same incident: only their messages are deleted.',
    ),
  })
  .strict();

/** A parsed rule. */
export type RuleConfig = z.output<typeof RuleConfig>;

/** A rule as written in community.yaml (before defaults). */
export type RuleInput = z.input<typeof RuleConfig>;

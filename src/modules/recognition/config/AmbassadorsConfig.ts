import { z } from 'zod';
import { channelRef, roleRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';
import { Conditions, Match } from './Conditions.js';
import { deprecatedKey, deprecatedNumber, fromDeprecated, refuseBoth } from './deprecatedKeys.js';
import { RuleId } from './RewardRules.js';

const trialDays = deprecatedKey('trialDays');

const Tier = z
  .object({
    id: RuleId.describe('Stable id, used in /ambassador tier:…'),
    name: z.string().min(1).max(50).describe('Shown to members and staff.'),
    role: roleRef(z.string().min(1)).nullable().default(null).describe('Role granted once confirmed (null: none).'),
    conditions: Conditions.default({}),
    match: Match.default('all'),
  })
  .strict();

const AmbassadorsSection = z
  .object({
    trialLength: Duration.refine((ms) => ms >= 86_400_000 && ms <= 365 * 86_400_000, 'must be from 1d to 365d')
      .prefault('30d')
      .describe('Length of the trial after approval ("30d", "6w"; 1d to 365d).'),
    trialDays: deprecatedNumber(z.number().int().min(1).max(365), trialDays),
    staffChannel: channelRef(z.string().min(1))
      .nullable()
      .default(null)
      .describe('Channel name where staff are told of nominations and ended trials (null: not told).'),
    tiers: z
      .array(Tier)
      .default([
        {
          id: 'community_helper',
          name: 'Community Helper',
          role: null,
          conditions: { helpful_answer: 50 },
          match: 'all',
        },
        { id: 'content_creator', name: 'Content Creator', role: null, conditions: { tutorial: 10 }, match: 'all' },
        {
          id: 'evangelist',
          name: 'Evangelist',
          role: null,
          conditions: { tenure_days: 180, points: 1000 },
          match: 'all',
        },
      ])
      .describe('Ambassador tiers with their requirements (seed 000: 50+ helpful answers; 10+ tutorials; 6+ months).'),
  })
  .strict()
  .describe('Ambassador programme: nomination → review → trial → confirmed, run by staff with /ambassador.');

/** `recognition.ambassadors`: the deprecated `trialDays` read as `trialLength`. */
export const AmbassadorsConfig = z.preprocess(
  refuseBoth([trialDays]),
  AmbassadorsSection.transform(({ trialDays: days, ...rest }) =>
    days === undefined ? rest : { ...rest, trialLength: fromDeprecated(days, trialDays) },
  ),
);

/** `recognition.ambassadors`, parsed. */
export type AmbassadorsConfig = z.infer<typeof AmbassadorsConfig>;

import { z } from 'zod';
import { roleRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';
import { deprecatedKey, deprecatedNumber, fromDeprecated, refuseBoth } from './deprecatedKeys.js';

const fraudWindowDays = deprecatedKey('fraudWindowDays');

const Tier = z
  .object({
    referrals: z.number().int().min(1).describe('Confirmed referrals needed.'),
    name: z.string().min(1).max(50).describe('Reward name (announced, shown in /badges).'),
    points: z.number().int().min(0).max(10_000).default(0).describe('Points given once on reaching it.'),
    role: roleRef(z.string().min(1)).nullable().default(null).describe('Role granted on reaching it (null: none).'),
  })
  .strict();

const ReferralsSection = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe('Attribute joins to invites (on Discord the bot needs Manage Server to read invite uses).'),
    referrerPoints: z.number().int().min(0).max(10_000).default(100).describe('Points for the inviter.'),
    refereePoints: z.number().int().min(0).max(10_000).default(50).describe('Points for the member who joined.'),
    fraudWindow: Duration.refine((ms) => ms <= 90 * 86_400_000, 'must be at most 90d')
      .prefault('7d')
      .describe(
        'A referee who leaves within this long ("7d"; at most 90d) takes both rewards back; after it the referral counts ("0d": at once).',
      ),
    fraudWindowDays: deprecatedNumber(z.number().int().min(0).max(90), fraudWindowDays),
    tiers: z
      .array(Tier)
      .default([
        { referrals: 1, name: 'Recruiter', points: 0, role: null },
        { referrals: 5, name: 'Connector', points: 0, role: null },
        { referrals: 10, name: 'Champion', points: 0, role: null },
        { referrals: 25, name: 'Ambassador', points: 0, role: null },
      ])
      .describe('Reward tiers by confirmed referrals (seed 004: 1, 5, 10, 25).'),
  })
  .strict()
  .describe('Referrals: joins attributed to the invite whose use count rose.');

/** `recognition.referrals`: the deprecated `fraudWindowDays` read as `fraudWindow`. */
export const ReferralsConfig = z.preprocess(
  refuseBoth([fraudWindowDays]),
  ReferralsSection.transform(({ fraudWindowDays: days, ...rest }) =>
    days === undefined ? rest : { ...rest, fraudWindow: fromDeprecated(days, fraudWindowDays) },
  ),
);

/** `recognition.referrals`, parsed. */
export type ReferralsConfig = z.infer<typeof ReferralsConfig>;

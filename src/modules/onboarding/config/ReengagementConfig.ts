import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';

/** The `onboarding.reengagement` section: one "what you missed" message for quiet members. */
export const ReengagementConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn re-engagement on or off.'),
    inactiveFor: Duration.prefault('30d').describe('A member is quiet after this long without a message or reaction.'),
    period: Duration.prefault('30d').describe('At most one re-engagement message per member per period.'),
    message: z
      .string()
      .min(1)
      .max(1500)
      .default('We miss you at {community}, {member}! Here is what happened while you were away:')
      .describe('Opening line of the "what you missed" DM; the digest highlights follow it.'),
    digestChannel: channelRef(z.string().min(1))
      .nullable()
      .default(null)
      .describe(
        'For members who did not opt in to DMs: a weekly "what you missed" post in this channel (no mentions). null: they get nothing.',
      ),
  })
  .strict()
  .prefault({});

export type ReengagementConfig = z.infer<typeof ReengagementConfig>;

import { z } from 'zod';
import { channelRef, roleRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';
import { DeliveryConfig } from './config/DeliveryConfig.js';
import { ExperimentsConfig } from './config/ExperimentsConfig.js';
import { GateConfig } from './config/GateConfig.js';
import { JourneyConfig } from './config/JourneyConfig.js';
import { MemberTypesConfig } from './config/MemberTypesConfig.js';
import { ReengagementConfig } from './config/ReengagementConfig.js';

/** A welcome follow-up for members who joined through one invite. */
const ReferralWelcome = z
  .object({
    invite: z.string().min(2).max(64).describe('The invite code (discord.gg/<code>).'),
    message: z
      .string()
      .min(1)
      .max(1500)
      .describe(
        'Posted to the member after the welcome; {member}, {community} and {inviter} (a mention) are filled in.',
      ),
  })
  .strict();

/** The `onboarding:` section of community.yaml. */
export const OnboardingConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    newcomerRole: roleRef(z.string().min(1))
      .nullable()
      .default('New Member')
      .describe('Name of the role every new member gets on join (null: none).'),
    welcomeChannel: channelRef(z.string().min(1))
      .default('welcome')
      .describe('Name of the channel where the welcome message is posted.'),
    welcomeMessage: z
      .string()
      .min(1)
      .max(2000)
      .default('Welcome to {community}, {member}! Say hello and tell us what brings you here.')
      .describe('Welcome text; {member} mentions the member, {community} is the community name.'),
    ignoreBots: z.boolean().default(true).describe('Do not welcome bot accounts.'),
    catchUpWindow: Duration.prefault('24h').describe(
      'A member who joined while Guildhall was down (found at catch-up) is welcomed only if they joined this recently; older joins get the newcomer role without the message.',
    ),
    memberTypes: MemberTypesConfig,
    gate: GateConfig.describe('The verification gate: New Member → Member once the steps are done.'),
    delivery: DeliveryConfig.describe(
      'Where the journey speaks: a private thread or a channel, DMs only after opt-in.',
    ),
    journey: JourneyConfig,
    referralWelcomes: z
      .array(ReferralWelcome)
      .max(50)
      .default([])
      .describe('Welcome follow-ups by the invite a member used (needs recognition, which tells invites apart).'),
    experiments: ExperimentsConfig,
    reengagement: ReengagementConfig.describe('A "what you missed" message for members quiet for a while.'),
    completionTarget: z
      .number()
      .gt(0)
      .max(1)
      .default(0.6)
      .describe('Share of joiners expected to pass the gate (seed 002: 60 %); shown on the funnel.'),
  })
  .strict()
  .prefault({});

export type OnboardingConfig = z.infer<typeof OnboardingConfig>;

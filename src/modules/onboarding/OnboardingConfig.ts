import { z } from 'zod';
import { channelRef, roleRef } from '../../config/checkReferencesRegistry.js';
import { Duration } from '../../config/Duration.js';

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
  })
  .strict()
  .prefault({});

export type OnboardingConfig = z.infer<typeof OnboardingConfig>;

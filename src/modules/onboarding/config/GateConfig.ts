import { z } from 'zod';
import { channelRef, roleRef } from '../../../config/checkReferencesRegistry.js';

/** Steps of the verification gate. */
export const GATE_STEPS = ['rules', 'introduction', 'type'] as const;
export type GateStep = (typeof GATE_STEPS)[number];

/** The `onboarding.gate` section: New Member → Member once the steps are done. */
export const GateConfig = z
  .object({
    steps: z
      .array(z.enum(GATE_STEPS))
      .default(['rules', 'introduction', 'type'])
      .describe(
        'What a newcomer must do to become a member: rules (accept them with the button), introduction (post in the introductions channel), type (pick a member type). [] turns the gate off.',
      ),
    memberRole: roleRef(z.string().min(1))
      .nullable()
      .default('Member')
      .describe('Role given when the gate is passed (the newcomer role is then taken away). null: none.'),
    introductionsChannel: channelRef(z.string().min(1))
      .default('introductions')
      .describe('Channel whose first message by the member counts as their introduction.'),
    minimumIntroLength: z
      .number()
      .int()
      .min(0)
      .max(2000)
      .default(20)
      .describe('Characters an introduction needs to count.'),
    respectDiscordScreening: z
      .boolean()
      .default(true)
      .describe(
        "When the server uses Discord's membership screening, wait until Discord clears the member's pending flag before granting the member role.",
      ),
  })
  .strict()
  .prefault({});

export type GateConfig = z.infer<typeof GateConfig>;

import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';

/** The `onboarding.delivery` section: where the journey speaks. */
export const DeliveryConfig = z
  .object({
    speakIn: z
      .enum(['thread', 'channel'])
      .default('thread')
      .describe(
        "Where journey steps go for a member who has not opted in to DMs: a private thread for the member in the journey channel, or the journey channel itself (with a mention). Discord's Developer Policy forbids unsolicited DMs.",
      ),
    journeyChannel: channelRef(z.string().min(1))
      .nullable()
      .default(null)
      .describe('Channel for journey threads and messages (null: the welcome channel).'),
    offerDms: z
      .boolean()
      .default(true)
      .describe('Show an "Send me tips by DM" button on the welcome; DMs go only to members who pressed it.'),
  })
  .strict()
  .prefault({});

export type DeliveryConfig = z.infer<typeof DeliveryConfig>;

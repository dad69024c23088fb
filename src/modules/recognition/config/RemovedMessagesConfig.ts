import { z } from 'zod';
import { Duration } from '../../../config/Duration.js';

/** `recognition.removedMessages`: what a removed message, or a banned member, keeps. */
export const RemovedMessagesConfig = z
  .object({
    reverse: z
      .boolean()
      .default(true)
      .describe(
        'Take back what a removed message earned (deleted, deleted by automod, or its author banned for it): its points, the thanks credits it carried, and the badges, achievements and level it unlocked.',
      ),
    announceDelay: Duration.refine((ms) => ms <= 3_600_000, 'must be at most 1h')
      .prefault('30s')
      .describe(
        'Badge, achievement and level-up announcements wait this long and are dropped if the award was taken back meanwhile (a spam message removed by automod). "0s" announces at once (at most 1h).',
      ),
    hideBanned: z
      .boolean()
      .default(true)
      .describe(
        'Banned members (a Guildhall ban case) are left out of every leaderboard (posted, /leaderboard, /rank, dashboard) while banned; back when unbanned.',
      ),
  })
  .strict()
  .describe('Removed messages earn nothing, and banned members leave the leaderboards.');

/** `recognition.removedMessages`, parsed. */
export type RemovedMessagesConfig = z.infer<typeof RemovedMessagesConfig>;

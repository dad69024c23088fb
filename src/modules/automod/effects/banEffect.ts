import { z } from 'zod';
import { Duration, DurationOrPermanent } from '../../../config/Duration.js';
import { defineEffect } from '../parts/EffectPart.js';

const SEVEN_DAYS_MS = 7 * 86_400_000;

/** `ban`: bans the member, for a while or for good. */
export const banEffect = defineEffect({
  id: 'ban',
  name: 'Ban',
  description:
    'Bans the member for `duration` (lifted by the scheduler when it ends, across restarts) or permanently, deleting their messages of the last `deleteMessages`.',
  settings: z
    .object({
      duration: DurationOrPermanent.prefault('permanent').describe('"permanent", or how long ("7d").'),
      deleteMessages: Duration.prefault('0s')
        .refine((ms) => ms <= SEVEN_DAYS_MS, 'Discord deletes at most 7 days of messages')
        .describe('How much of their recent history to delete ("0s" to "7d").'),
    })
    .strict(),
  compile({ duration, deleteMessages }) {
    return {
      scope: 'member',
      run(_firing, ctx) {
        ctx.actions.push({
          kind: 'ban',
          durationMs: duration,
          deleteMessageSeconds: Math.floor(deleteMessages / 1000),
        });
        return Promise.resolve();
      },
    };
  },
});

import { z } from 'zod';
import { Duration, DurationOrPermanent } from '../../../config/Duration.js';

/** A sanction as configured: a ladder step or an immediate action. */
export const SanctionConfig = z
  .object({
    action: z.enum(['warn', 'timeout', 'kick', 'ban']).describe('warn (private message), timeout, kick or ban.'),
    duration: DurationOrPermanent.optional().describe(
      'For timeout (required) and ban (default "permanent"): how long, e.g. "24h", "7d".',
    ),
    public: z
      .boolean()
      .default(false)
      .describe('Also post a public warning in the channel where it happened (seed: the 2nd strike).'),
    deleteMessages: Duration.prefault('0s')
      .refine((ms) => ms <= 7 * 86_400_000, 'Discord deletes at most 7 days of messages')
      .describe('For ban: how much of their recent history to delete ("0s" to "7d").'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.action === 'timeout' && (s.duration === undefined || s.duration === null)) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'a timeout needs a duration such as "24h"' });
    }
  });

/** A parsed sanction setting. */
export type SanctionConfig = z.output<typeof SanctionConfig>;

/** Defaults of a sanction setting, as written in community.yaml. */
export interface SanctionDefaults {
  action: 'warn' | 'timeout' | 'kick' | 'ban';
  duration?: string;
  public?: boolean;
  deleteMessages?: string;
}

/**
 * A sanction setting whose every field has a default (an immediate action): the starter
 * file and the reference then show the real defaults, not placeholders.
 * @param defaults - the default sanction
 */
export function sanctionSetting(defaults: SanctionDefaults) {
  return z
    .object({
      action: z
        .enum(['warn', 'timeout', 'kick', 'ban'])
        .default(defaults.action)
        .describe('warn (private message), timeout, kick or ban.'),
      duration: DurationOrPermanent.prefault(defaults.duration ?? 'permanent').describe(
        'For timeout and ban: how long, e.g. "24h", "7d", or "permanent" (ignored for warn and kick).',
      ),
      public: z
        .boolean()
        .default(defaults.public ?? false)
        .describe('Also post a public warning where it happened.'),
      deleteMessages: Duration.prefault(defaults.deleteMessages ?? '0s')
        .refine((ms) => ms <= 7 * 86_400_000, 'Discord deletes at most 7 days of messages')
        .describe('For ban: how much of their recent history to delete ("0s" to "7d").'),
    })
    .strict()
    .superRefine((s, ctx) => {
      if (s.action === 'timeout' && s.duration === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['duration'],
          message: 'a timeout cannot be permanent: give a duration such as "24h"',
        });
      }
    });
}

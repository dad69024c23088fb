import { z } from 'zod';
import { channelRef, roleRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';
import { isTimeZone } from '../../../config/TimeZone.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** `HH:MM`, 24-hour. */
const WallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (24-hour), like "09:00"');

/** A tier's working hours: its window counts only time inside them. */
export const BusinessHours = z
  .object({
    timezone: z
      .string()
      .min(1)
      .refine(isTimeZone, 'an IANA time zone such as "Europe/Berlin"')
      .default('UTC')
      .describe('Time zone of `start` and `end` (IANA name).'),
    days: z.array(z.enum(DAYS)).min(1).default(['mon', 'tue', 'wed', 'thu', 'fri']).describe('Working days.'),
    start: WallTime.default('09:00').describe('Start of the working day (HH:MM).'),
    end: WallTime.default('17:00').describe('End of the working day (HH:MM), after `start`.'),
  })
  .strict()
  .refine((h) => h.start < h.end, { message: '`end` must be after `start`', path: ['end'] });

export type BusinessHours = z.infer<typeof BusinessHours>;

/** One support tier (seed 000: community < 4 h, expert < 24 h, platform < 48 h). */
export const SupportTier = z
  .object({
    name: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,31}$/, 'lower-case letters, digits and -, like "expert"')
      .describe('Tier id, shown to staff ("community", "expert", "platform").'),
    within: Duration.describe(
      "The tier's target: a question should have its first answer this long after it was asked (counted in working hours when `businessHours` is set). Unanswered then, it moves to the next tier; past the last tier's, it is reported overdue.",
    ),
    role: roleRef(z.string().trim().min(1).max(100))
      .nullable()
      .default(null)
      .describe('Role pinged when a question reaches this tier (null: nobody pinged).'),
    channel: channelRef(z.string().min(1))
      .nullable()
      .default(null)
      .describe(
        'Staff channel where a question reaching this tier is posted with a link (null: the ping goes in the question thread).',
      ),
    businessHours: BusinessHours.nullable()
      .default(null)
      .describe("Count this tier's window only in working hours (null: around the clock)."),
  })
  .strict();

export type SupportTier = z.infer<typeof SupportTier>;

/** Seed 000's tiers: community < 4 h, expert < 24 h, platform < 48 h. */
export const DEFAULT_TIERS: z.input<typeof SupportTier>[] = [
  { name: 'community', within: '4h' },
  { name: 'expert', within: '24h' },
  { name: 'platform', within: '48h' },
];

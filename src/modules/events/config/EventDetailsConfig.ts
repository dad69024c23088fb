import { z } from 'zod';
import { channelRef } from '../../../config/checkReferencesRegistry.js';
import { Duration } from '../../../config/Duration.js';
import { EVENT_TYPES } from './EventTypes.js';

/**
 * What every event declares, whether one-off or a programme series: what it is, how long,
 * where (a voice or stage channel by name, or a place outside Discord), how many can come.
 */
export const EventDetailsConfig = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes, up to 40')
    .describe(
      'Stable id (lowercase, digits, dashes): occurrences and RSVPs are keyed by it; renaming it makes a new series.',
    ),
  title: z.string().min(1).max(100).describe("The event's name on Discord (1–100 characters)."),
  description: z
    .string()
    .min(1)
    .max(1000)
    .nullable()
    .default(null)
    .describe('Shown on the event (up to 1000 characters).'),
  type: z.enum(EVENT_TYPES).describe('Kind of event: groups attendance and survey results.'),
  duration: Duration.describe('How long each occurrence lasts (`1h`, `90m`).'),
  channel: channelRef(z.string().min(1))
    .nullable()
    .default(null)
    .describe('Name of the voice or stage channel it takes place in (attendance is measured there).'),
  location: z
    .string()
    .min(1)
    .max(100)
    .nullable()
    .default(null)
    .describe('Somewhere outside Discord (a URL or a place) instead of a channel; no voice attendance then.'),
  capacity: z
    .number()
    .int()
    .positive()
    .max(100000)
    .nullable()
    .default(null)
    .describe('Places for "Going"; later RSVPs join the waitlist and are promoted in order (null: no limit).'),
  hostId: z
    .string()
    .regex(/^\d{17,20}$/, 'a Discord user id')
    .nullable()
    .default(null)
    .describe('User id of the host: credited `event_hosted` when the event ends.'),
});

/**
 * Checks a channel-or-location choice: exactly one of the two.
 * @param value - the event's details
 * @param ctx - zod refinement context
 */
export function exactlyOnePlace(
  value: { channel: string | null; location: string | null },
  ctx: z.RefinementCtx,
): void {
  if ((value.channel === null) === (value.location === null)) {
    ctx.addIssue({
      code: 'custom',
      message: 'give either `channel` (a voice or stage channel) or `location`, not both',
      path: ['channel'],
    });
  }
}

import { z } from 'zod';
import { EventDetailsConfig, exactlyOnePlace } from './EventDetailsConfig.js';
import { LocalDateTime, LocalDate, RecurrenceRule } from './recurrenceFields.js';

/** One change to a single occurrence of a series: cancel it, or move it. */
const OccurrenceException = z
  .object({
    date: LocalDate.describe('The occurrence to change, by its local date (`2027-01-04`).'),
    cancel: z.boolean().default(false).describe('Cancel this occurrence (members who RSVPd are told).'),
    moveTo: LocalDateTime.nullable()
      .default(null)
      .describe('Move this occurrence to another local date and time (`2027-01-05T18:00`).'),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.cancel === (value.moveTo !== null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'an exception either cancels (`cancel: true`) or moves (`moveTo`)',
        path: ['cancel'],
      });
    }
  });

/** A recurring series of the weekly programme (seed 001). */
export const ProgrammeSeries = EventDetailsConfig.extend({
  rrule: RecurrenceRule.describe(
    'RFC 5545 recurrence rule without DTSTART (`FREQ=WEEKLY;BYDAY=MO`, `FREQ=MONTHLY;BYDAY=1SA`, `FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR`), in `events.timezone`.',
  ),
  start: LocalDateTime.describe(
    'First occurrence, local date and time (`2027-01-04T18:00`): sets the time of day of every occurrence.',
  ),
  exceptions: z.array(OccurrenceException).max(200).default([]).describe('Occurrences cancelled or moved.'),
})
  .strict()
  .superRefine(exactlyOnePlace);

/** A one-off event declared in community.yaml. */
export const OneOffEvent = EventDetailsConfig.extend({
  start: LocalDateTime.describe('Local date and time (`2027-03-14T17:00`) in `events.timezone`.'),
})
  .strict()
  .superRefine(exactlyOnePlace);

export type ProgrammeSeries = z.infer<typeof ProgrammeSeries>;
export type OneOffEvent = z.infer<typeof OneOffEvent>;

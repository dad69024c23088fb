import { z } from 'zod';
import type { ScheduledEventRecurrence, ScheduledEventSnapshot } from '../../../platform/types/ScheduledEvent.js';
import type { SameType } from './sameType.js';

const WeekdaySchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);

/** Discord's native recurrence of a scheduled event (weekdays 0 = Monday). */
export const ScheduledEventRecurrenceSchema = z.object({
  startAt: z.number(),
  frequency: z.enum(['yearly', 'monthly', 'weekly', 'daily']),
  interval: z.number(),
  byWeekday: z.array(WeekdaySchema).nullable(),
  byNWeekday: z.array(z.object({ n: z.number(), day: WeekdaySchema })).nullable(),
  byMonth: z.array(z.number()).nullable(),
  byMonthDay: z.array(z.number()).nullable(),
});

/** A guild scheduled event as the platform answers it. */
export const ScheduledEventSnapshotSchema = z.object({
  id: z.string(),
  guildId: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  startAt: z.number().describe('Epoch ms.'),
  endAt: z.number().nullable().describe('Epoch ms; always set for external events.'),
  entityType: z.enum(['stage', 'voice', 'external']),
  channelId: z.string().nullable(),
  location: z.string().nullable(),
  recurrence: ScheduledEventRecurrenceSchema.nullable(),
  status: z.enum(['scheduled', 'active', 'completed', 'canceled']),
  creatorId: z.string().nullable(),
  userCount: z.number().nullable().describe('Members marked "interested".'),
});

// Each schema is exactly its platform type: a key missing here would be stripped from replies.
export const scheduledEventSchemasMatch: [
  SameType<z.infer<typeof ScheduledEventRecurrenceSchema>, ScheduledEventRecurrence>,
  SameType<z.infer<typeof ScheduledEventSnapshotSchema>, ScheduledEventSnapshot>,
] = [true, true];

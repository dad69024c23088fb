import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { closeEvent } from '../attendance/closeEvent.js';
import type { EventsContext } from '../EventsContext.js';
import { sendReminder } from '../reminders/sendReminder.js';
import { startEvent } from '../reminders/startEvent.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';

/**
 * The event's row when the job is still current: the event exists, is not cancelled and still
 * starts (or ends) when the job was scheduled for. A moved event schedules new jobs (their
 * keys hold the new time) and its old ones find it stale here and do nothing.
 */
async function current(
  ctx: EventsContext,
  guildId: string,
  eventId: string,
  field: 'start_at' | 'end_at',
  at: number,
): Promise<CommunityEvent | undefined> {
  const event = await new CommunityEvents(ctx.db).get(guildId, eventId);
  if (event === undefined || event.status === 'canceled' || event[field] !== at) return undefined;
  return event;
}

/** Job: one reminder (`before` ms before the start; 0 = at the start) of one occurrence. */
export const eventReminderJob = defineJob({
  name: 'eventReminder',
  payload: z.object({ guildId: z.string(), eventId: z.string(), startAt: z.number(), before: z.number() }),
  async run({ guildId, eventId, startAt, before }, ctx: EventsContext) {
    const event = await current(ctx, guildId, eventId, 'start_at', startAt);
    if (event !== undefined && event.closed_at === null) await sendReminder(ctx, event, before);
  },
});

/** Job: the occurrence's start (marks it active, here and on Discord). */
export const eventStartJob = defineJob({
  name: 'eventStart',
  payload: z.object({ guildId: z.string(), eventId: z.string(), startAt: z.number() }),
  async run({ guildId, eventId, startAt }, ctx: EventsContext) {
    const event = await current(ctx, guildId, eventId, 'start_at', startAt);
    if (event !== undefined && event.status === 'scheduled') await startEvent(ctx, event);
  },
});

/** Job: the occurrence's end (closes attendance, credits points, posts the survey). */
export const eventEndJob = defineJob({
  name: 'eventEnd',
  payload: z.object({ guildId: z.string(), eventId: z.string(), endAt: z.number() }),
  async run({ guildId, eventId, endAt }, ctx: EventsContext) {
    const event = await current(ctx, guildId, eventId, 'end_at', endAt);
    if (event !== undefined && event.closed_at === null) await closeEvent(ctx, event);
  },
});

import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { eventEndJob, eventReminderJob, eventStartJob } from './eventJobs.js';

/**
 * Schedules an occurrence's reminders (`events.reminders`), start and end jobs. Call it after
 * inserting an event and after every change of its start or end: the keys hold the times, so a
 * repeated call schedules nothing twice and a moved event gets new jobs (the old ones find it
 * stale and do nothing). Reminders already past are not scheduled; start and end always are
 * (a late job still runs after downtime).
 * @param ctx - module context
 * @param event - the event as stored
 */
export async function scheduleEventJobs(ctx: EventsContext, event: CommunityEvent): Promise<void> {
  if (event.status === 'canceled' || event.closed_at !== null) return;
  const now = ctx.clock.now();
  const { guild_id: guildId, id: eventId, start_at: startAt, end_at: endAt } = event;
  for (const before of new Set(ctx.config.reminders)) {
    const runAt = startAt - before;
    if (runAt < now) continue;
    await ctx.schedule(eventReminderJob, {
      key: `${eventId}:${startAt}:remind:${before}`,
      runAt,
      payload: { guildId, eventId, startAt, before },
    });
  }
  await ctx.schedule(eventStartJob, {
    key: `${eventId}:${startAt}:start`,
    runAt: startAt,
    payload: { guildId, eventId, startAt },
  });
  await ctx.schedule(eventEndJob, {
    key: `${eventId}:${endAt}:end`,
    runAt: endAt,
    payload: { guildId, eventId, endAt },
  });
}

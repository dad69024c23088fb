import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { analyticsDb, dayOf } from '../AnalyticsTables.js';

/**
 * An event ended (the events module's `events.ended`, typed through `EventPayloads`): keeps its
 * going count and how many of them attended, by the UTC day it ended, for the `event_attendance_rate` KPI. An
 * event without a rate (nobody going, or held outside voice) is left out: it has nothing to
 * measure. The row is keyed by event, so a second `events.ended` of the same event replaces the first.
 * @param event - the ended event's attendance
 * @param ctx - the module context
 */
export async function recordEventEnded(event: DomainEventOf<'events.ended'>, ctx: AnalyticsContext): Promise<void> {
  const p = event.payload;
  // No rate: nobody was going, or attendance was not measured (an event outside voice).
  if (p.rate === null) return;
  const row = {
    guild_id: event.guildId,
    event_id: p.eventId,
    day: dayOf(event.occurredAt),
    event_type: p.eventType,
    going: p.going,
    // The going members who came: walk-ins are not part of the rate.
    attended: p.going - p.noShows,
  };
  await analyticsDb(ctx.db)
    .insertInto('analytics_event_attendance')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['guild_id', 'event_id']).doUpdateSet({
        day: row.day,
        event_type: row.event_type,
        going: row.going,
        attended: row.attended,
      }),
    )
    .execute();
}

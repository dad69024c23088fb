import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { eventsDb } from '../EventsTables.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import type { EventCounts } from './EventsReportsApi.js';

const n = (value: number | string | bigint | null | undefined): number => Number(value ?? 0);

/**
 * RSVP and attendance counts of some events, in three grouped queries. `attended` and
 * `attendanceRate` (going members who attended / going) are null until the event is closed.
 * @param db - the module's db
 * @param guildId - the guild
 * @param events - the events
 */
export async function eventCounts(
  db: Kysely<CoreTables>,
  guildId: string,
  events: readonly Pick<CommunityEvent, 'id' | 'closed_at'>[],
): Promise<Map<string, EventCounts>> {
  const result = new Map<string, EventCounts>();
  if (events.length === 0) return result;
  const ids = events.map((e) => e.id);
  const edb = eventsDb(db);
  const rsvps = await edb
    .selectFrom('events_rsvps')
    .select(['event_id', 'status'])
    .select((eb) => [
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.sum<number | string>('interested').as('interested'),
    ])
    .where('guild_id', '=', guildId)
    .where('event_id', 'in', ids)
    .groupBy(['event_id', 'status'])
    .execute();
  const attended = await edb
    .selectFrom('events_attendance as a')
    .leftJoin('events_rsvps as r', (join) =>
      join
        .onRef('r.guild_id', '=', 'a.guild_id')
        .onRef('r.event_id', '=', 'a.event_id')
        .onRef('r.user_id', '=', 'a.user_id'),
    )
    .select('a.event_id')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.count<number | string>('r.user_id').filterWhere('r.status', '=', 'going').as('going'),
    ])
    .where('a.guild_id', '=', guildId)
    .where('a.event_id', 'in', ids)
    .where('a.attended', '=', 1)
    .groupBy('a.event_id')
    .execute();
  for (const event of events) {
    result.set(event.id, {
      going: 0,
      maybe: 0,
      notGoing: 0,
      waitlisted: 0,
      interested: 0,
      attended: event.closed_at === null ? null : 0,
      attendanceRate: null,
    });
  }
  for (const row of rsvps) {
    const counts = result.get(row.event_id);
    if (counts === undefined) continue;
    const key = row.status === 'not_going' ? 'notGoing' : row.status;
    counts[key] = n(row.n);
    counts.interested += n(row.interested);
  }
  const goingAttended = new Map<string, number>();
  for (const row of attended) {
    const counts = result.get(row.event_id);
    if (counts?.attended === undefined || counts.attended === null) continue;
    counts.attended = n(row.n);
    goingAttended.set(row.event_id, n(row.going));
  }
  for (const [id, counts] of result) {
    if (counts.attended !== null && counts.going > 0)
      counts.attendanceRate = (goingAttended.get(id) ?? 0) / counts.going;
  }
  return result;
}

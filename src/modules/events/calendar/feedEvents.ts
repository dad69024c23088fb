import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { eventsDb } from '../EventsTables.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * How far back a feed keeps events: past ones stay visible for a month, and a cancelled one
 * stays (as STATUS:CANCELLED) so subscribed calendars remove it on their next refresh.
 */
export const FEED_PAST = 30 * DAY;

/** How far ahead a feed reaches (the programme's horizon is shorter; one-offs may be far out). */
export const FEED_AHEAD = 366 * DAY;

/**
 * The community calendar's events: those starting from 30 days ago to a year ahead,
 * cancelled ones included, by start.
 * @param db - the module's db
 * @param guildId - the guild
 * @param now - epoch ms
 */
export async function communityFeedEvents(
  db: Kysely<CoreTables>,
  guildId: string,
  now: number,
): Promise<CommunityEvent[]> {
  return new CommunityEvents(db).startingBetween(guildId, now - FEED_PAST, now + FEED_AHEAD);
}

/**
 * A member's feed: the events of the same window they answered Going or Maybe to, or are
 * waitlisted for (cancelled ones included), by start.
 * @param db - the module's db
 * @param guildId - the guild
 * @param userId - the member
 * @param now - epoch ms
 */
export async function memberFeedEvents(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  now: number,
): Promise<CommunityEvent[]> {
  return eventsDb(db)
    .selectFrom('events_events as e')
    .innerJoin('events_rsvps as r', (join) =>
      join.onRef('r.guild_id', '=', 'e.guild_id').onRef('r.event_id', '=', 'e.id'),
    )
    .selectAll('e')
    .where('e.guild_id', '=', guildId)
    .where('r.user_id', '=', userId)
    .where('r.status', 'in', ['going', 'maybe', 'waitlisted'])
    .where('e.start_at', '>=', now - FEED_PAST)
    .where('e.start_at', '<', now + FEED_AHEAD)
    .orderBy('e.start_at')
    .orderBy('e.id')
    .execute();
}

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';

/** An event log row as the dashboard reads it. */
export interface EventRow {
  id: string;
  type: string;
  source: string;
  occurredAt: number;
  recordedAt: number;
  handledAt: number | null;
  payload: string;
}

/** Which events to list. */
export interface RecentEventsFilter {
  limit: number;
  /** Only events of this type when set. */
  type?: string | undefined;
}

/**
 * Reads a guild's latest events, newest first (by log order).
 * @param db - the store's database
 * @param guildId - the guild whose events are read
 * @param filter - how many, and optionally which type
 */
export async function recentEvents(
  db: Kysely<CoreTables>,
  guildId: string,
  filter: RecentEventsFilter,
): Promise<EventRow[]> {
  let query = db
    .selectFrom('event_log')
    .select(['id', 'type', 'source', 'occurred_at', 'recorded_at', 'handled_at', 'payload'])
    .where('guild_id', '=', guildId);
  if (filter.type !== undefined) query = query.where('type', '=', filter.type);
  const rows = await query.orderBy('seq', 'desc').limit(filter.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    source: row.source,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    handledAt: row.handled_at,
    payload: row.payload,
  }));
}

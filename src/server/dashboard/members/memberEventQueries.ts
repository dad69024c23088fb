import { sql, type RawBuilder } from 'kysely';
import type { Store } from '../../../store/Store.js';
import type { EventRow } from '../queries/recentEvents.js';

/** What the event log says of a member's messages. */
export interface MessageStats {
  count: number;
  /** Epoch ms of the latest, null when none. */
  lastAt: number | null;
}

/** A member's joins and departures as the event log has them. */
export interface MembershipRecord {
  userId: string;
  kind: 'joined' | 'left';
  at: number;
  caughtUp: boolean;
  /** Display name (else username) the event carried, null when none. */
  name: string | null;
  username: string | null;
  /** Epoch ms the account was created, when a join carried it. */
  accountCreatedAt: number | null;
}

/**
 * A text field of the JSON payload, read in SQL (the two dialects spell it differently), so
 * counting messages per author does not load every message into memory.
 */
function payloadField(store: Store, field: 'authorId' | 'userId'): RawBuilder<string | null> {
  return store.dialect === 'postgres'
    ? sql<string | null>`(payload::json ->> ${sql.lit(field)})`
    : sql<string | null>`json_extract(payload, ${sql.lit(`$.${field}`)})`;
}

/**
 * Message count and latest message time per author, from the guild's `message.created` events.
 * @param store - the store
 * @param guildId - the guild
 * @param authorIds - only these authors (a page of the member list, or one member)
 */
export async function messageStats(
  store: Store,
  guildId: string,
  authorIds: readonly string[],
): Promise<Map<string, MessageStats>> {
  const stats = new Map<string, MessageStats>();
  if (authorIds.length === 0) return stats;
  const author = payloadField(store, 'authorId');
  const query = store.db
    .selectFrom('event_log')
    .select([
      author.as('author'),
      sql<number | string>`count(*)`.as('n'),
      sql<number | string | null>`max(occurred_at)`.as('last'),
    ])
    .where('guild_id', '=', guildId)
    .where('type', '=', 'message.created');
  const rows = await query
    .where(author, 'in', [...authorIds])
    .groupBy(author)
    .execute();
  for (const row of rows) {
    if (row.author === null) continue;
    stats.set(row.author, { count: Number(row.n), lastAt: row.last === null ? null : Number(row.last) });
  }
  return stats;
}

/**
 * Every `member.joined` / `member.left` of the guild (or of one user), in log order.
 * @param store - the store
 * @param guildId - the guild
 * @param userId - only this user when set
 */
export async function membershipRecords(store: Store, guildId: string, userId?: string): Promise<MembershipRecord[]> {
  let query = store.db
    .selectFrom('event_log')
    .select(['type', 'occurred_at', 'payload'])
    .where('guild_id', '=', guildId)
    .where('type', 'in', ['member.joined', 'member.left']);
  if (userId !== undefined) query = query.where(payloadField(store, 'userId'), '=', userId);
  const rows = await query.orderBy('seq', 'asc').execute();
  const records: MembershipRecord[] = [];
  for (const row of rows) {
    const payload = parseObject(row.payload);
    if (payload === null || typeof payload.userId !== 'string') continue;
    const username = typeof payload.username === 'string' ? payload.username : null;
    const displayName =
      typeof payload.displayName === 'string' && payload.displayName !== '' ? payload.displayName : null;
    const joinedAt = typeof payload.joinedAt === 'number' && payload.joinedAt > 0 ? payload.joinedAt : null;
    records.push({
      userId: payload.userId,
      kind: row.type === 'member.joined' ? 'joined' : 'left',
      at: row.type === 'member.joined' ? (joinedAt ?? row.occurred_at) : row.occurred_at,
      caughtUp: payload.caughtUp === true,
      name: displayName ?? username,
      username,
      accountCreatedAt: typeof payload.accountCreatedAt === 'number' ? payload.accountCreatedAt : null,
    });
  }
  return records;
}

/**
 * A user's latest events (those they authored or that are about them), newest first.
 * @param store - the store
 * @param guildId - the guild
 * @param userId - the user
 * @param limit - how many
 */
export async function memberEvents(store: Store, guildId: string, userId: string, limit: number): Promise<EventRow[]> {
  const rows = await store.db
    .selectFrom('event_log')
    .select(['id', 'type', 'source', 'occurred_at', 'recorded_at', 'handled_at', 'payload'])
    .where('guild_id', '=', guildId)
    .where((eb) =>
      eb.or([eb(payloadField(store, 'authorId'), '=', userId), eb(payloadField(store, 'userId'), '=', userId)]),
    )
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
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

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

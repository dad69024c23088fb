import type { CatchUpDatabase } from './CatchUpTables.js';
import { newerSnowflake } from './snowflakes.js';
import { chunks } from '../chunks.js';

/** Event log rows read per query. */
const BATCH = 1000;

/**
 * How long a recorded event may stay invisible to other connections: on PostgreSQL a row is
 * seen once its transaction commits, possibly after rows with a higher `seq`. The cursor
 * stops before the first event recorded less than this long ago, so such a row is read
 * next time; applying an event again changes nothing.
 */
export const SETTLE_MS = 10 * 60_000;

const TYPES = ['member.joined', 'member.left', 'message.created'] as const;
const DIGITS = /^\d+$/;

/** What one pass over the event log found. */
export interface Projection {
  /** The `seq` to read after next time. */
  seq: number;
  /** Membership events applied. */
  memberships: number;
}

/**
 * Brings the catch-up tables up to date with the event log of a guild, from `fromSeq`:
 * `member.joined` adds (or refreshes) the member, `member.left` removes them, and
 * `message.created` moves its channel's cursor to the newest message id (unless the channel
 * has a backlog, which only catch-up reads). Idempotent: applying a stretch of the log again
 * ends in the same state, so the cursor may safely stay behind recent events.
 * @param db - the database
 * @param guildId - the guild
 * @param fromSeq - events after this `seq` are applied
 * @param now - epoch ms now (see {@link SETTLE_MS})
 */
export async function projectEventLog(
  db: CatchUpDatabase,
  guildId: string,
  fromSeq: number,
  now: number,
): Promise<Projection> {
  const newest = new Map<string, string>();
  // Last word per member in log order: present (with name and join time) or gone (null).
  const members = new Map<string, RosterEntry | null>();
  let after = fromSeq;
  let cursor = fromSeq;
  let settled = true;
  let memberships = 0;
  for (;;) {
    const rows = await db
      .selectFrom('event_log')
      .select(['seq', 'type', 'payload', 'recorded_at'])
      .where('guild_id', '=', guildId)
      .where('seq', '>', after)
      .where('type', 'in', TYPES)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      after = row.seq;
      settled &&= row.recorded_at <= now - SETTLE_MS;
      if (settled) cursor = row.seq;
      const payload = parsePayload(row.payload);
      if (payload === null) continue;
      if (row.type === 'message.created') {
        const { channelId, messageId } = payload;
        if (typeof channelId === 'string' && typeof messageId === 'string' && DIGITS.test(messageId)) {
          newest.set(channelId, newerSnowflake(newest.get(channelId), messageId));
        }
        continue;
      }
      if (typeof payload.userId !== 'string') continue;
      memberships += 1;
      // Deleted first so that the map keeps log order (a rejoin after a leave comes last).
      members.delete(payload.userId);
      members.set(
        payload.userId,
        row.type === 'member.left'
          ? null
          : {
              userId: payload.userId,
              username: typeof payload.username === 'string' ? payload.username : payload.userId,
              joinedAt: typeof payload.joinedAt === 'number' ? payload.joinedAt : 0,
            },
      );
    }
    if (rows.length < BATCH) break;
  }
  await db.transaction().execute(async (trx) => {
    const gone = [...members].filter(([, entry]) => entry === null).map(([userId]) => userId);
    for (const chunk of chunks(gone, WRITE_CHUNK)) {
      await trx.deleteFrom('catch_up_members').where('guild_id', '=', guildId).where('user_id', 'in', chunk).execute();
    }
    await upsertMembers(
      trx,
      guildId,
      [...members.values()].filter((entry): entry is RosterEntry => entry !== null),
    );
    await advanceChannels(trx, guildId, newest);
  });
  return { seq: cursor, memberships };
}

/** A member as catch-up keeps them. */
export interface RosterEntry {
  userId: string;
  username: string;
  joinedAt: number;
}

/** Rows written per statement (SQLite allows at most 32,766 bound values). */
const WRITE_CHUNK = 500;

/**
 * Records members as present (or refreshes their names and join times), a few hundred per
 * statement; call it in a transaction for many.
 * @param db - the database (or a transaction)
 * @param guildId - the guild
 * @param members - who, by which name, joined when
 */
export async function upsertMembers(
  db: CatchUpDatabase,
  guildId: string,
  members: readonly RosterEntry[],
): Promise<void> {
  for (const chunk of chunks(members, WRITE_CHUNK)) {
    await db
      .insertInto('catch_up_members')
      .values(chunk.map((m) => ({ guild_id: guildId, user_id: m.userId, username: m.username, joined_at: m.joinedAt })))
      .onConflict((oc) =>
        oc.columns(['guild_id', 'user_id']).doUpdateSet((eb) => ({
          username: eb.ref('excluded.username'),
          joined_at: eb.ref('excluded.joined_at'),
        })),
      )
      .execute();
  }
}

/** Moves each channel's cursor to the newest message seen, unless it holds a backlog. */
async function advanceChannels(db: CatchUpDatabase, guildId: string, newest: Map<string, string>): Promise<void> {
  if (newest.size === 0) return;
  const stored = await db
    .selectFrom('catch_up_channels')
    .select(['channel_id', 'last_message_id', 'backlog'])
    .where('guild_id', '=', guildId)
    .execute();
  const known = new Map(stored.map((row) => [row.channel_id, row]));
  for (const [channelId, messageId] of newest) {
    const row = known.get(channelId);
    if (row === undefined) {
      await db
        .insertInto('catch_up_channels')
        .values({ guild_id: guildId, channel_id: channelId, last_message_id: messageId, backlog: 0 })
        .onConflict((oc) => oc.columns(['guild_id', 'channel_id']).doNothing())
        .execute();
    } else if (row.backlog === 0 && newerSnowflake(row.last_message_id, messageId) !== row.last_message_id) {
      await setChannelCursor(db, guildId, channelId, messageId, false);
    }
  }
}

/**
 * Sets a channel's cursor and whether a backlog remains after it.
 * @param db - the database
 * @param guildId - the guild
 * @param channelId - the channel
 * @param lastMessageId - the newest message read
 * @param backlog - more messages remain to read after it
 */
export async function setChannelCursor(
  db: CatchUpDatabase,
  guildId: string,
  channelId: string,
  lastMessageId: string,
  backlog: boolean,
): Promise<void> {
  await db
    .insertInto('catch_up_channels')
    .values({ guild_id: guildId, channel_id: channelId, last_message_id: lastMessageId, backlog: backlog ? 1 : 0 })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'channel_id']).doUpdateSet({ last_message_id: lastMessageId, backlog: backlog ? 1 : 0 }),
    )
    .execute();
}

function parsePayload(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

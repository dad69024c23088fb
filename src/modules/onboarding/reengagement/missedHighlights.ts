import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { DialectName } from '../../../store/Store.js';

/** Messages read, newest first, to rank channels: bounds the work in a busy guild. */
export const MESSAGE_SAMPLE = 5000;
/** Other modules' events read, newest first. */
const HAPPENING_SAMPLE = 500;
/** Namespaces of other modules' events worth telling a quiet member about. */
const HAPPENING_NAMESPACES = ['events', 'qa', 'feedback'] as const;

/** A channel and how many messages members wrote in it. */
export interface BusyChannel {
  channelId: string;
  messages: number;
}

/** One kind of happening from another module (`events.session_held`) and how often. */
export interface Happening {
  type: string;
  count: number;
}

/** What happened in a guild over a window, from core data only. */
export interface MissedHighlights {
  /** Epoch ms the window starts (exclusive) and ends (inclusive). */
  since: number;
  until: number;
  /** Humans who joined in the window and are still members. */
  newMembers: number;
  /** The busiest channels by human messages (of the newest {@link MESSAGE_SAMPLE}), at most 3. */
  busyChannels: BusyChannel[];
  /** `events.*`, `qa.*` and `feedback.*` events by type, most frequent first, at most 6. */
  happenings: Happening[];
  /** The channel of the latest weekly digest analytics posted in the window, else null. */
  digestChannelId: string | null;
}

/**
 * What a member missed between `since` and `until`, computed cheaply from the member directory
 * and the event log (index reads on guild and time, each bounded by a row limit): new members,
 * the busiest channels, and events of the events, Q&A and feedback modules when they exist.
 * @param db - the database
 * @param dialect - `sqlite` or `postgres` (JSON fields are read differently)
 * @param guildId - the guild
 * @param since - epoch ms, exclusive
 * @param until - epoch ms, inclusive
 */
export async function missedHighlights(
  db: Kysely<CoreTables>,
  dialect: DialectName,
  guildId: string,
  since: number,
  until: number,
): Promise<MissedHighlights> {
  const [newMembers, busyChannels, happenings, digestChannelId] = await Promise.all([
    countNewMembers(db, guildId, since, until),
    rankChannels(db, dialect, guildId, since, until),
    countHappenings(db, guildId, since, until),
    latestDigestChannel(db, guildId, since, until),
  ]);
  return { since, until, newMembers, busyChannels, happenings, digestChannelId };
}

async function countNewMembers(db: Kysely<CoreTables>, guildId: string, since: number, until: number) {
  const row = await db
    .selectFrom('member_directory')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('guild_id', '=', guildId)
    .where('bot', '=', 0)
    .where('left_at', 'is', null)
    .where('joined_at', '>', since)
    .where('joined_at', '<=', until)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function rankChannels(
  db: Kysely<CoreTables>,
  dialect: DialectName,
  guildId: string,
  since: number,
  until: number,
): Promise<BusyChannel[]> {
  const rows = await db
    .selectFrom('event_log')
    .select([payloadText(dialect, 'channelId').as('channel_id'), payloadText(dialect, 'authorBot').as('bot')])
    .where('guild_id', '=', guildId)
    .where('type', '=', 'message.created')
    .where('occurred_at', '>', since)
    .where('occurred_at', '<=', until)
    .orderBy('occurred_at', 'desc')
    .limit(MESSAGE_SAMPLE)
    .execute();
  const counts = new Map<string, number>();
  for (const row of rows) {
    // SQLite reads a JSON true as 1, PostgreSQL's ->> as 'true'.
    if (row.channel_id === null || row.bot === 'true' || String(row.bot) === '1') continue;
    counts.set(row.channel_id, (counts.get(row.channel_id) ?? 0) + 1);
  }
  return [...counts]
    .map(([channelId, messages]) => ({ channelId, messages }))
    .sort((a, b) => b.messages - a.messages || a.channelId.localeCompare(b.channelId))
    .slice(0, 3);
}

async function countHappenings(
  db: Kysely<CoreTables>,
  guildId: string,
  since: number,
  until: number,
): Promise<Happening[]> {
  const rows = await db
    .selectFrom('event_log')
    .select('type')
    .where('guild_id', '=', guildId)
    // Ranges rather than LIKE, so the (type, occurred_at) index serves them ('/' follows '.').
    .where((eb) =>
      eb.or(HAPPENING_NAMESPACES.map((ns) => eb.and([eb('type', '>=', `${ns}.`), eb('type', '<', `${ns}/`)]))),
    )
    .where('occurred_at', '>', since)
    .where('occurred_at', '<=', until)
    .orderBy('occurred_at', 'desc')
    .limit(HAPPENING_SAMPLE)
    .execute();
  const counts = new Map<string, number>();
  for (const { type } of rows) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type))
    .slice(0, 6);
}

async function latestDigestChannel(
  db: Kysely<CoreTables>,
  guildId: string,
  since: number,
  until: number,
): Promise<string | null> {
  const rows = await db
    .selectFrom('event_log')
    .select('payload')
    .where('guild_id', '=', guildId)
    .where('type', '=', 'analytics.report_posted')
    .where('occurred_at', '>', since)
    .where('occurred_at', '<=', until)
    .orderBy('occurred_at', 'desc')
    .limit(20)
    .execute();
  for (const { payload } of rows) {
    const report = JSON.parse(payload) as { kind?: unknown; channelId?: unknown };
    if (report.kind === 'digest' && typeof report.channelId === 'string') return report.channelId;
  }
  return null;
}

/** A top-level field of an event's JSON payload, as text, in SQL. */
function payloadText(dialect: DialectName, field: 'channelId' | 'authorBot'): RawBuilder<string | null> {
  return dialect === 'postgres'
    ? sql<string | null>`(payload::json ->> ${sql.lit(field)})`
    : sql<string | null>`json_extract(payload, ${sql.lit(`$.${field}`)})`;
}

import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../../../store/Store.js';
import type { DomainEvent } from '../../../core/DomainEvent.js';
import type { DirectoryMember } from '../../../core/members/MemberDirectoryReader.js';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { countNewActiveDays, type NewActiveDays } from './countNewActiveDays.js';
import { foldTopics } from './foldTopics.js';
import { recordEventEnded } from './recordEventEnded.js';
import { isSupportFact, recordSupportFact } from './recordSupportFacts.js';
import { RollupFold, usersToCheckForBots, type FoldedChannelDay, type FoldedMemberDay } from './RollupFold.js';
import { chunks } from '../../../core/chunks.js';
import { upsertAddingCounts } from './upsertAddingCounts.js';
import { keepMemberStartsOfBatch } from './memberStarts.js';

const DAY_COUNTERS = ['messages', 'replies', 'reactions', 'joins', 'leaves'] as const;
/** Counters of a channel's or a member's day. */
const PLACE_COUNTERS = ['messages', 'replies', 'reactions'] as const;
const WINDOWS_PER_STATEMENT = 200;
const LONGEST_WINDOW = 30;

/**
 * The analytics module's `onBatch`: a history replay's batch folded into the rollups with a
 * few multi-row statements per guild (the sums of {@link RollupFold}), leaving exactly what the
 * per-event handlers of rollupHandlers.ts would (rollupBatch.test.ts checks the two).
 * @param events - the batch's events of the types analytics handles, in order
 * @param ctx - the module context
 */
export async function onRollupBatch(events: readonly DomainEvent[], ctx: AnalyticsContext): Promise<void> {
  const byGuild = new Map<string, DomainEvent[]>();
  for (const event of events) {
    // Few per batch (one per ended event), each one upsert: the same as the live handler.
    if (event.type === 'events.ended') await recordEventEnded(event, ctx);
    // Few per batch too (a handful per question), each one statement: the live handlers.
    else if (isSupportFact(event)) await recordSupportFact(event, ctx);
    else pushTo(byGuild, event.guildId, event);
  }
  for (const [guildId, guildEvents] of byGuild) {
    const toCheck = usersToCheckForBots(guildEvents);
    const known = toCheck.size === 0 ? new Map<string, DirectoryMember>() : await ctx.members.getMany(guildId, toCheck);
    const bots = new Set([...known.values()].filter((m) => m.bot).map((m) => m.userId));
    const fold = new RollupFold(guildEvents, bots);
    await upsertDays(ctx.db, guildId, fold);
    const memberDays = [...fold.memberDays.values()];
    await upsertMemberDays(ctx.db, ctx.dialect, guildId, memberDays);
    await keepMemberStartsOfBatch(ctx.db, guildId, guildEvents, memberDays);
    await upsertChannelDays(ctx.db, guildId, [...fold.channelDays.values()]);
    await foldTopics(ctx.db, guildId, fold.topics, fold.responses);
  }
}

async function upsertDays(db: Kysely<CoreTables>, guildId: string, fold: RollupFold): Promise<void> {
  const rows = [...fold.days].map(([day, counts]) => ({ guild_id: guildId, day, ...counts }));
  await upsertAddingCounts(db, 'analytics_days', ['guild_id', 'day'], DAY_COUNTERS, rows);
}

async function upsertChannelDays(
  db: Kysely<CoreTables>,
  guildId: string,
  channelDays: readonly FoldedChannelDay[],
): Promise<void> {
  const rows = channelDays.map((c) => ({ guild_id: guildId, day: c.day, channel_id: c.channelId, ...c.counts }));
  await upsertAddingCounts(db, 'analytics_channel_days', ['guild_id', 'day', 'channel_id'], PLACE_COUNTERS, rows);
}

/**
 * Adds the members' day counts; the days that were not active before are counted in
 * DAU / WAU / MAU. One read of the members' active days around the batch's days (index range
 * reads, {@link activeDayWindows}) tells which are new and their neighbours.
 */
async function upsertMemberDays(
  db: Kysely<CoreTables>,
  dialect: DialectName,
  guildId: string,
  memberDays: readonly FoldedMemberDay[],
): Promise<void> {
  if (memberDays.length === 0) return;
  const known = new Map<string, number[]>();
  const windows = activeDayWindows(memberDays);
  for (const piece of chunks(windows, WINDOWS_PER_STATEMENT)) {
    for (const row of await knownDays(db, dialect, guildId, piece)) pushTo(known, row.user_id, row.day);
  }
  const fresh = new Map<string, number[]>();
  for (const m of memberDays) {
    if (known.get(m.userId)?.includes(m.day) === true) continue;
    pushTo(fresh, m.userId, m.day);
  }
  const rows = memberDays.map((m) => ({ guild_id: guildId, day: m.day, user_id: m.userId, ...m.counts }));
  await upsertAddingCounts(db, 'analytics_member_days', ['guild_id', 'day', 'user_id'], PLACE_COUNTERS, rows);
  const members: NewActiveDays[] = [...fresh].map(([userId, newDays]) => ({
    userId,
    days: newDays,
    known: known.get(userId) ?? [],
  }));
  await countNewActiveDays(db, guildId, members);
}

/**
 * The members' active days inside the windows: the windows joined to the (guild_id, user_id,
 * day) index, one range read each. PostgreSQL gets them as three arrays (`unnest`). As an OR of
 * one condition per window, PostgreSQL combined 200 bitmap scans per statement: 16.5 s of a
 * 250k-message import, 8.4 s this way (bench/analytics).
 */
async function knownDays(
  db: Kysely<CoreTables>,
  dialect: DialectName,
  guildId: string,
  windows: readonly ActiveDayWindow[],
): Promise<{ user_id: string; day: number }[]> {
  if (dialect === 'postgres') {
    // LATERAL: one index range read per window whatever the planner thinks of the table's size
    // (during an import it grows from nothing and has no statistics yet).
    const { rows } = await sql<{ user_id: string; day: number }>`
      select w.user_id, m.day
      from unnest(${windows.map((w) => w.userId)}::text[], ${windows.map((w) => w.from)}::int[], ${windows.map((w) => w.to)}::int[]) as w (user_id, from_day, to_day)
      cross join lateral (
        select day from analytics_member_days
        where guild_id = ${guildId} and user_id = w.user_id and day >= w.from_day and day <= w.to_day
      ) m`.execute(db);
    return rows;
  }
  const list = sql.join(windows.map((w) => sql`(${w.userId}, ${w.from}, ${w.to})`));
  const { rows } = await sql<{ user_id: string; day: number }>`
    select m.user_id, m.day
    from (select column1 as user_id, column2 as from_day, column3 as to_day from (values ${list})) as w
    join analytics_member_days m
      on m.guild_id = ${guildId} and m.user_id = w.user_id and m.day >= w.from_day and m.day <= w.to_day`.execute(db);
  return rows;
}

/** One member's days to read. */
interface ActiveDayWindow {
  userId: string;
  from: number;
  to: number;
}

/**
 * The day ranges to read of each member: 30 days either side of their days in the batch,
 * merged where they overlap (a member active on days far apart gets several small ranges, so
 * the read stays the size of the batch, not of the member's history).
 * @param memberDays - the batch's member days
 */
export function activeDayWindows(memberDays: readonly FoldedMemberDay[]): ActiveDayWindow[] {
  const byUser = new Map<string, number[]>();
  for (const m of memberDays) pushTo(byUser, m.userId, m.day);
  const windows: ActiveDayWindow[] = [];
  for (const [userId, days] of byUser) {
    days.sort((a, b) => a - b);
    let current: ActiveDayWindow | null = null;
    for (const day of days) {
      if (current !== null && day - LONGEST_WINDOW <= current.to) current.to = day + LONGEST_WINDOW;
      else {
        current = { userId, from: day - LONGEST_WINDOW, to: day + LONGEST_WINDOW };
        windows.push(current);
      }
    }
  }
  return windows;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

import type { Kysely } from 'kysely';
import type { DomainEvent } from '../../../core/DomainEvent.js';
import type { DirectoryMember } from '../../../core/members/MemberDirectoryReader.js';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { countNewActiveDays, type NewActiveDays } from './countNewActiveDays.js';
import { addToChannelBlocks } from './channelBlocks.js';
import { foldTopics } from './foldTopics.js';
import { recordEventEnded } from './recordEventEnded.js';
import { recordSentimentDaily } from './recordSentimentDaily.js';
import { isSupportFact, recordSupportFact } from './recordSupportFacts.js';
import { RollupFold, usersToCheckForBots, type FoldedChannelDay, type FoldedMemberDay } from './RollupFold.js';
import { upsertAddingCounts } from './upsertAddingCounts.js';
import { keepMemberStartsOfBatch } from './memberStarts.js';
import { memberDaysInWindows, type DayWindow } from './memberDayWindows.js';

const DAY_COUNTERS = ['messages', 'replies', 'reactions', 'joins', 'leaves'] as const;
/** Counters of a channel's or a member's day. */
const PLACE_COUNTERS = ['messages', 'replies', 'reactions'] as const;
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
    // One a day, one upsert: the live handler.
    else if (event.type === 'feedback.sentiment_daily') await recordSentimentDaily(event, ctx);
    else pushTo(byGuild, event.guildId, event);
  }
  for (const [guildId, guildEvents] of byGuild) {
    const toCheck = usersToCheckForBots(guildEvents);
    const known = toCheck.size === 0 ? new Map<string, DirectoryMember>() : await ctx.members.getMany(guildId, toCheck);
    const bots = new Set([...known.values()].filter((m) => m.bot).map((m) => m.userId));
    const fold = new RollupFold(guildEvents, bots);
    await upsertDays(ctx.db, guildId, fold);
    const memberDays = [...fold.memberDays.values()];
    await upsertMemberDays(ctx.db, guildId, memberDays);
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
  await addToChannelBlocks(db, guildId, rows);
}

/**
 * Adds the members' day counts; the days that were not active before are counted in
 * DAU / WAU / MAU. One read of the members' active days around the batch's days (index range
 * reads, {@link activeDayWindows}) tells which are new and their neighbours.
 */
async function upsertMemberDays(
  db: Kysely<CoreTables>,
  guildId: string,
  memberDays: readonly FoldedMemberDay[],
): Promise<void> {
  if (memberDays.length === 0) return;
  const known = new Map<string, number[]>();
  for (const row of await memberDaysInWindows(db, guildId, activeDayWindows(memberDays))) {
    pushTo(known, row.user_id, row.day);
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
 * The day ranges to read of each member: 30 days either side of their days in the batch,
 * merged where they overlap (a member active on days far apart gets several small ranges, so
 * the read stays the size of the batch, not of the member's history).
 * @param memberDays - the batch's member days
 */
export function activeDayWindows(memberDays: readonly FoldedMemberDay[]): DayWindow[] {
  const byUser = new Map<string, number[]>();
  for (const m of memberDays) pushTo(byUser, m.userId, m.day);
  const windows: DayWindow[] = [];
  for (const [userId, days] of byUser) {
    days.sort((a, b) => a - b);
    let current: DayWindow | null = null;
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

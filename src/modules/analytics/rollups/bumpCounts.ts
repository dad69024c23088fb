import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { countNewActiveDay } from './activeDays.js';
import { addToChannelBlocks } from './channelBlocks.js';

/** Counters of a rollup row that an event adds to. */
export type Counts = Partial<Record<'messages' | 'replies' | 'reactions', number>>;

/** Counters of the guild's day row. */
export type DayCounts = Partial<Record<'messages' | 'replies' | 'reactions' | 'joins' | 'leaves', number>>;

const ZERO = { messages: 0, replies: 0, reactions: 0 } as const;

/**
 * Adds to the guild's day row (`analytics_days`), creating it: one upsert.
 * @param db - the database (inside the handler's unit of work)
 * @param guildId - the guild
 * @param day - the UTC day
 * @param by - what to add
 */
export async function bumpDay(db: Kysely<CoreTables>, guildId: string, day: number, by: DayCounts): Promise<void> {
  const row = { ...ZERO, joins: 0, leaves: 0, ...by };
  await analyticsDb(db)
    .insertInto('analytics_days')
    .values({ guild_id: guildId, day, ...row })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'day']).doUpdateSet((eb) => ({
        messages: eb('analytics_days.messages', '+', row.messages),
        replies: eb('analytics_days.replies', '+', row.replies),
        reactions: eb('analytics_days.reactions', '+', row.reactions),
        joins: eb('analytics_days.joins', '+', row.joins),
        leaves: eb('analytics_days.leaves', '+', row.leaves),
      })),
    )
    .execute();
}

/**
 * Adds to a member's day row (`analytics_member_days`), creating it: an insert that ignores a
 * conflict, then an update when the row was already there. A new row (the member's first
 * activity that day) is counted in DAU / WAU / MAU (`countNewActiveDay`).
 * @param db - the database
 * @param guildId - the guild
 * @param day - the UTC day
 * @param userId - the member
 * @param by - what to add
 */
export async function bumpMemberDay(
  db: Kysely<CoreTables>,
  guildId: string,
  day: number,
  userId: string,
  by: Counts,
): Promise<void> {
  const row = { ...ZERO, ...by };
  const adb = analyticsDb(db);
  const inserted = await adb
    .insertInto('analytics_member_days')
    .values({ guild_id: guildId, day, user_id: userId, ...row })
    .onConflict((oc) => oc.columns(['guild_id', 'day', 'user_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
    await countNewActiveDay(db, guildId, userId, day);
    return;
  }
  await adb
    .updateTable('analytics_member_days')
    .set((eb) => ({
      messages: eb('messages', '+', row.messages),
      replies: eb('replies', '+', row.replies),
      reactions: eb('reactions', '+', row.reactions),
    }))
    .where('guild_id', '=', guildId)
    .where('day', '=', day)
    .where('user_id', '=', userId)
    .execute();
}

/**
 * Adds to a channel's day row (`analytics_channel_days`), creating it, and to its blocks of 8
 * and 64 days (`addToChannelBlocks`): two upserts.
 * @param db - the database
 * @param guildId - the guild
 * @param day - the UTC day
 * @param channelId - the channel (a thread counts as its own channel)
 * @param by - what to add
 */
export async function bumpChannelDay(
  db: Kysely<CoreTables>,
  guildId: string,
  day: number,
  channelId: string,
  by: Counts,
): Promise<void> {
  const row = { ...ZERO, ...by };
  await analyticsDb(db)
    .insertInto('analytics_channel_days')
    .values({ guild_id: guildId, day, channel_id: channelId, ...row })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'day', 'channel_id']).doUpdateSet((eb) => ({
        messages: eb('analytics_channel_days.messages', '+', row.messages),
        replies: eb('analytics_channel_days.replies', '+', row.replies),
        reactions: eb('analytics_channel_days.reactions', '+', row.reactions),
      })),
    )
    .execute();
  await addToChannelBlocks(db, guildId, [{ day, channel_id: channelId, ...row }]);
}

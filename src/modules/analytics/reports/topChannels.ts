import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import type { DayRange } from '../metrics/DayRange.js';

/** A channel's activity over a range. */
export interface ChannelCount {
  channelId: string;
  /** Messages by humans (replies included). */
  messages: number;
  replies: number;
}

/**
 * The busiest channels (threads included) of a range by human messages, ties by channel id:
 * one grouped index range read of `analytics_channel_days`.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 * @param limit - how many
 */
export async function topChannels(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  limit: number,
): Promise<ChannelCount[]> {
  const rows = await analyticsDb(db)
    .selectFrom('analytics_channel_days')
    .select((eb) => [
      'channel_id',
      eb.fn.sum<number | string>('messages').as('messages'),
      eb.fn.sum<number | string>('replies').as('replies'),
    ])
    .where('guild_id', '=', guildId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .groupBy('channel_id')
    .orderBy('messages', 'desc')
    .orderBy('channel_id')
    .limit(limit)
    .execute();
  return rows
    .map((r) => ({ channelId: r.channel_id, messages: Number(r.messages), replies: Number(r.replies) }))
    .filter((r) => r.messages > 0);
}

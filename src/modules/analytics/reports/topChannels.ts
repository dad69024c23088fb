import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { DayRange } from '../metrics/DayRange.js';
import { channelTotals } from '../metrics/channelTotals.js';

/** A channel's activity over a range. */
export interface ChannelCount {
  channelId: string;
  /** Messages by humans (replies included). */
  messages: number;
  replies: number;
}

/**
 * The busiest channels (threads included) of a range by human messages, ties by channel id,
 * from each channel's totals over the range (`channelTotals`).
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
  const rows = await channelTotals(db, guildId, range);
  return rows
    .filter((r) => r.messages > 0)
    .sort((a, b) => b.messages - a.messages || (a.channel_id < b.channel_id ? -1 : a.channel_id > b.channel_id ? 1 : 0))
    .slice(0, limit)
    .map((r) => ({ channelId: r.channel_id, messages: r.messages, replies: r.replies }));
}

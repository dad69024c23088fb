import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { blockRuns } from '../rollups/dayBlocks.js';
import type { DayRange } from './DayRange.js';

/** A channel's counts over a range. */
export interface ChannelTotals {
  channel_id: string;
  messages: number;
  replies: number;
  reactions: number;
}

/**
 * Each channel's messages, replies and reactions over a range: the range as runs of aligned
 * blocks (rollups/dayBlocks.ts), days read from `analytics_channel_days` and blocks of 8 and
 * 64 days from `analytics_channel_blocks`, summed in one statement; so a year of a guild's
 * channels reads a few dozen rows per channel instead of 365.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the days
 * @returns channels with a row in the range, in no set order
 */
export async function channelTotals(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
): Promise<ChannelTotals[]> {
  const adb = analyticsDb(db);
  const parts = blockRuns(range.fromDay, range.toDay).map((run) =>
    run.level === 0
      ? adb
          .selectFrom('analytics_channel_days')
          .select(['channel_id', 'messages', 'replies', 'reactions'])
          .where('guild_id', '=', guildId)
          .where('day', '>=', run.fromBlock)
          .where('day', '<=', run.toBlock)
      : adb
          .selectFrom('analytics_channel_blocks')
          .select(['channel_id', 'messages', 'replies', 'reactions'])
          .where('guild_id', '=', guildId)
          .where('level', '=', run.level)
          .where('block', '>=', run.fromBlock)
          .where('block', '<=', run.toBlock),
  );
  const [head, ...rest] = parts;
  if (head === undefined) return [];
  const rows = await adb
    .selectFrom(rest.reduce((query, next) => query.unionAll(next), head).as('r'))
    .select((eb) => [
      'r.channel_id',
      eb.fn.sum<number | string>('r.messages').as('messages'),
      eb.fn.sum<number | string>('r.replies').as('replies'),
      eb.fn.sum<number | string>('r.reactions').as('reactions'),
    ])
    .groupBy('r.channel_id')
    .execute();
  return rows.map((r) => ({
    channel_id: r.channel_id,
    messages: Number(r.messages),
    replies: Number(r.replies),
    reactions: Number(r.reactions),
  }));
}

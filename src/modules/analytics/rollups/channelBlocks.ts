import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { BLOCK_LEVELS, blockOfDaySql, blocksOfDay } from './dayBlocks.js';
import { upsertAddingCounts } from './upsertAddingCounts.js';

/** A channel's counts on one day, as added to `analytics_channel_days`. */
export interface ChannelDayCounts {
  day: number;
  channel_id: string;
  messages: number;
  replies: number;
  reactions: number;
}

/** The block levels kept in `analytics_channel_blocks` (level 0, a day, is `analytics_channel_days`). */
const KEPT_LEVELS = BLOCK_LEVELS.filter((level) => level > 0);

/**
 * Adds channel-day counts to their channels' blocks of 8 and 64 days
 * (`analytics_channel_blocks`, rollups/dayBlocks.ts), summed per block: one multi-row upsert.
 * Called wherever `analytics_channel_days` is added to, with the same counts.
 * @param db - the database (inside the caller's unit of work)
 * @param guildId - the guild
 * @param days - the counts added to channel days
 */
export async function addToChannelBlocks(
  db: Kysely<CoreTables>,
  guildId: string,
  days: readonly ChannelDayCounts[],
): Promise<void> {
  const sums = new Map<
    string,
    Record<string, string | number> & { messages: number; replies: number; reactions: number }
  >();
  for (const d of days) {
    for (const { level, block } of blocksOfDay(d.day)) {
      if (level === 0) continue;
      const key = `${level}:${block}:${d.channel_id}`;
      const kept = sums.get(key);
      if (kept === undefined) {
        sums.set(key, {
          guild_id: guildId,
          level,
          block,
          channel_id: d.channel_id,
          messages: d.messages,
          replies: d.replies,
          reactions: d.reactions,
        });
      } else {
        kept.messages += d.messages;
        kept.replies += d.replies;
        kept.reactions += d.reactions;
      }
    }
  }
  if (sums.size === 0) return;
  await upsertAddingCounts(
    db,
    'analytics_channel_blocks',
    ['guild_id', 'level', 'block', 'channel_id'],
    ['messages', 'replies', 'reactions'],
    [...sums.values()],
  );
}

/**
 * Recomputes `analytics_channel_blocks` from `analytics_channel_days` (the migration's backfill,
 * and tests and benchmarks that write channel days directly).
 * @param db - the database
 * @param guildId - only this guild (all guilds when absent)
 */
export async function rebuildChannelBlocks(db: Kysely<CoreTables>, guildId?: string): Promise<void> {
  const adb = analyticsDb(db);
  let remove = adb.deleteFrom('analytics_channel_blocks');
  if (guildId !== undefined) remove = remove.where('guild_id', '=', guildId);
  await remove.execute();
  for (const level of KEPT_LEVELS) {
    const block = blockOfDaySql(level);
    let sums = adb
      .selectFrom('analytics_channel_days')
      .select((eb) => [
        'guild_id',
        sql.lit(level).as('level'),
        block.as('block'),
        'channel_id',
        eb.fn.sum<number>('messages').as('messages'),
        eb.fn.sum<number>('replies').as('replies'),
        eb.fn.sum<number>('reactions').as('reactions'),
      ])
      .groupBy(['guild_id', block, 'channel_id']);
    if (guildId !== undefined) sums = sums.where('guild_id', '=', guildId);
    await adb
      .insertInto('analytics_channel_blocks')
      .columns(['guild_id', 'level', 'block', 'channel_id', 'messages', 'replies', 'reactions'])
      .expression(sums)
      .execute();
  }
}

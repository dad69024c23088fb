import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { BLOCK_LEVELS, blockOfDaySql, blocksOfDay } from './dayBlocks.js';
import { topicBucketOf, topicBucketSql } from './responseBuckets.js';
import { upsertAddingCounts } from './upsertAddingCounts.js';

/** A topic row as far as its counts by response time go. */
export interface TopicTimes {
  channel_id: string;
  day: number;
  posted_at: number | string;
  first_response_at: number | string | null;
}

/**
 * Changes to the topic counts by response-time bucket, gathered while topics are written and
 * applied with one upsert per table: the guild's per day (`analytics_response_days`) and each
 * channel's per block of days (`analytics_channel_response_blocks`, every level). A topic
 * recorded adds one to its bucket, a first response moves it, an erased one takes it away.
 */
export class ResponseCountChanges {
  private readonly days = new Map<string, { day: number; bucket: number; topics: number }>();
  private readonly blocks = new Map<
    string,
    { channel_id: string; level: number; block: number; bucket: number; topics: number }
  >();

  /**
   * Counts a topic row in (+1) or out (-1) of its bucket.
   * @param row - the topic as it is (or was)
   * @param by - +1 or -1
   */
  add(row: TopicTimes, by: 1 | -1): void {
    const bucket = topicBucketOf(row);
    const dayKey = `${row.day}:${bucket}`;
    const day = this.days.get(dayKey);
    if (day === undefined) this.days.set(dayKey, { day: row.day, bucket, topics: by });
    else day.topics += by;
    for (const { level, block } of blocksOfDay(row.day)) {
      const key = `${row.channel_id}:${level}:${block}:${bucket}`;
      const kept = this.blocks.get(key);
      if (kept === undefined) this.blocks.set(key, { channel_id: row.channel_id, level, block, bucket, topics: by });
      else kept.topics += by;
    }
  }

  /**
   * A topic row changed: out of its old bucket, into its new one.
   * @param before - the row before
   * @param after - the row after
   */
  move(before: TopicTimes, after: TopicTimes): void {
    this.add(before, -1);
    this.add(after, 1);
  }

  /**
   * Adds the changes to the guild's rows (a multi-row upsert per table; nothing when they
   * cancel out).
   * @param db - the database (inside the unit of work that wrote the topics)
   * @param guildId - the guild
   */
  async apply(db: Kysely<CoreTables>, guildId: string): Promise<void> {
    const days = [...this.days.values()].filter((c) => c.topics !== 0).map((c) => ({ guild_id: guildId, ...c }));
    const blocks = [...this.blocks.values()].filter((c) => c.topics !== 0).map((c) => ({ guild_id: guildId, ...c }));
    this.days.clear();
    this.blocks.clear();
    if (days.length > 0) {
      await upsertAddingCounts(db, 'analytics_response_days', ['guild_id', 'day', 'bucket'], ['topics'], days);
    }
    if (blocks.length > 0) {
      await upsertAddingCounts(
        db,
        'analytics_channel_response_blocks',
        ['guild_id', 'level', 'block', 'channel_id', 'bucket'],
        ['topics'],
        blocks,
      );
    }
  }
}

/**
 * Recomputes the topic counts by response time (`analytics_response_days`,
 * `analytics_channel_response_blocks`) from `analytics_topics` (the migration's backfill, and
 * tests that write topics directly): an `INSERT … SELECT … GROUP BY` per table and level,
 * bucketing in SQL with the same edges as the handlers.
 * @param db - the database
 * @param guildId - only this guild (all guilds when absent)
 */
export async function rebuildResponseCounts(db: Kysely<CoreTables>, guildId?: string): Promise<void> {
  const adb = analyticsDb(db);
  for (const table of ['analytics_response_days', 'analytics_channel_response_blocks'] as const) {
    let remove = adb.deleteFrom(table);
    if (guildId !== undefined) remove = remove.where('guild_id', '=', guildId);
    await remove.execute();
  }
  const bucket = topicBucketSql();
  let days = adb
    .selectFrom('analytics_topics')
    .select((eb) => ['guild_id', 'day', bucket.as('bucket'), eb.fn.countAll<number>().as('topics')])
    .groupBy(['guild_id', 'day', bucket]);
  if (guildId !== undefined) days = days.where('guild_id', '=', guildId);
  await adb
    .insertInto('analytics_response_days')
    .columns(['guild_id', 'day', 'bucket', 'topics'])
    .expression(days)
    .execute();
  for (const level of BLOCK_LEVELS) {
    const block = blockOfDaySql(level);
    let blocks = adb
      .selectFrom('analytics_topics')
      .select((eb) => [
        'guild_id',
        sql.lit(level).as('level'),
        block.as('block'),
        'channel_id',
        bucket.as('bucket'),
        eb.fn.countAll<number>().as('topics'),
      ])
      .groupBy(['guild_id', block, 'channel_id', bucket]);
    if (guildId !== undefined) blocks = blocks.where('guild_id', '=', guildId);
    await adb
      .insertInto('analytics_channel_response_blocks')
      .columns(['guild_id', 'level', 'block', 'channel_id', 'bucket', 'topics'])
      .expression(blocks)
      .execute();
  }
}

import { sql, type RawBuilder } from 'kysely';

/**
 * Aligned blocks of days for counts kept at several spans (`analytics_channel_response_blocks`):
 * level 0 is a day, level 1 eight days, level 2 sixty-four days; block b of level L holds days
 * b × 8^L … (b + 1) × 8^L − 1. Any range is a few blocks of each level, so a year per channel
 * reads a few dozen blocks instead of 365 days.
 */
export const BLOCK_LEVELS = [0, 1, 2] as const;

/** The days a block of a level spans. */
export function blockSpan(level: number): number {
  return 8 ** level;
}

/**
 * In SQL, the block of a level that holds the `day` column's day (as `blocksOfDay`, for the
 * rebuilds' `GROUP BY`): days are not negative, so integer division is the floor.
 * @param level - the block level
 */
export function blockOfDaySql(level: number): RawBuilder<number> {
  return sql<number>`day / ${sql.lit(blockSpan(level))}`;
}

/**
 * The block of each level that holds a day.
 * @param day - a UTC day (days since the epoch, not negative)
 */
export function blocksOfDay(day: number): { level: number; block: number }[] {
  return BLOCK_LEVELS.map((level) => ({ level, block: Math.floor(day / blockSpan(level)) }));
}

/** A run of blocks of one level, both ends included. */
export interface BlockRun {
  level: number;
  fromBlock: number;
  toBlock: number;
}

/**
 * A range of days as the fewest aligned blocks (largest first wherever they fit), in runs of
 * consecutive blocks of one level: at most two runs per level below the top one.
 * @param fromDay - first day
 * @param toDay - last day (a range ending before it starts is empty)
 */
export function blockRuns(fromDay: number, toDay: number): BlockRun[] {
  const runs: BlockRun[] = [];
  for (let day = fromDay; day <= toDay;) {
    let level = BLOCK_LEVELS[BLOCK_LEVELS.length - 1] ?? 0;
    while (level > 0 && (day % blockSpan(level) !== 0 || day + blockSpan(level) - 1 > toDay)) level -= 1;
    const block = day / blockSpan(level);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.level === level && last.toBlock === block - 1) last.toBlock = block;
    else runs.push({ level, fromBlock: block, toBlock: block });
    day += blockSpan(level);
  }
  return runs;
}

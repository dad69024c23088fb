import type { RecognitionDb } from '../RecognitionTables.js';
import { filtersBanned, notBanned } from './notBanned.js';

/** One position on a period leaderboard. */
export interface Standing {
  /** 1-based; ties broken by user id so the order is deterministic. */
  rank: number;
  userId: string;
  value: number;
}

/**
 * The top `limit` members of a period and category (`points` or a category id), highest
 * value first, ties by user id. Members at 0 (or below, after a reversal) are not listed.
 * @param db - the database
 * @param guildId - the guild
 * @param period - stored period key (`all`, `week:2026-03-02`, `month:2026-03`, `season:2`)
 * @param category - `points` or a category id
 * @param limit - how many positions
 * @param hideBanned - leave banned members out (`removedMessages.hideBanned`)
 */
export async function periodLeaderboard(
  db: RecognitionDb,
  guildId: string,
  period: string,
  category: string,
  limit: number,
  hideBanned = false,
): Promise<Standing[]> {
  const rows = await db
    .selectFrom('recognition_totals')
    .select(['user_id', 'value'])
    .where('guild_id', '=', guildId)
    .where('period', '=', period)
    .where('category', '=', category)
    .where('value', '>', 0)
    .$if(await filtersBanned(db, guildId, hideBanned), (qb) => qb.where(notBanned('recognition_totals', guildId)))
    .orderBy('value', 'desc')
    .orderBy('user_id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((row, index) => ({ rank: index + 1, userId: row.user_id, value: row.value }));
}

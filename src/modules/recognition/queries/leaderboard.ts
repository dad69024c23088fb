import type { RecognitionDb } from '../RecognitionTables.js';
import { filtersBanned, notBanned } from './notBanned.js';

/** One all-time leaderboard position. */
export interface PointsStanding {
  /** 1-based; ties broken by user id so the order is deterministic. */
  rank: number;
  userId: string;
  points: number;
  messages: number;
}

/**
 * Reads the top `limit` members by points (ties by user id).
 * @param db - the database
 * @param guildId - the guild
 * @param limit - how many positions
 * @param hideBanned - leave banned members out (`removedMessages.hideBanned`)
 */
export async function leaderboard(
  db: RecognitionDb,
  guildId: string,
  limit: number,
  hideBanned = false,
): Promise<PointsStanding[]> {
  const rows = await db
    .selectFrom('recognition_members')
    .select(['user_id', 'points', 'messages'])
    .where('guild_id', '=', guildId)
    .where('points', '>', 0)
    .$if(await filtersBanned(db, guildId, hideBanned), (qb) => qb.where(notBanned('recognition_members', guildId)))
    .orderBy('points', 'desc')
    .orderBy('user_id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((row, index) => ({
    rank: index + 1,
    userId: row.user_id,
    points: row.points,
    messages: row.messages,
  }));
}

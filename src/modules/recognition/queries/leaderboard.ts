import type { RecognitionDb } from '../RecognitionTables.js';

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
 */
export async function leaderboard(db: RecognitionDb, guildId: string, limit: number): Promise<PointsStanding[]> {
  const rows = await db
    .selectFrom('recognition_members')
    .select(['user_id', 'points', 'messages'])
    .where('guild_id', '=', guildId)
    .where('points', '>', 0)
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

import type { RecognitionDb } from '../RecognitionTables.js';
import { filtersBanned, notBanned } from './notBanned.js';

/** A member's points and leaderboard position. */
export interface MemberRank {
  points: number;
  /** 1-based; ties broken by user id so the order is deterministic. */
  position: number;
  /** Members with any points. */
  rankedMembers: number;
}

/**
 * Reads a member's all-time points and position, or null when the member has no points yet.
 * Both counts are range reads of the `(guild_id, points, user_id)` index.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 * @param hideBanned - leave banned members out (a banned member has no rank)
 */
export async function memberRank(
  db: RecognitionDb,
  guildId: string,
  userId: string,
  hideBanned = false,
): Promise<MemberRank | null> {
  const members = db
    .selectFrom('recognition_members')
    .where('guild_id', '=', guildId)
    .$if(await filtersBanned(db, guildId, hideBanned), (qb) => qb.where(notBanned('recognition_members', guildId)));
  const row = await members.select('points').where('user_id', '=', userId).executeTakeFirst();
  if (row === undefined || row.points <= 0) return null;
  const ahead = await members
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where((eb) =>
      eb.or([eb('points', '>', row.points), eb.and([eb('points', '=', row.points), eb('user_id', '<', userId)])]),
    )
    .executeTakeFirstOrThrow();
  const ranked = await members
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('points', '>', 0)
    .executeTakeFirstOrThrow();
  return { points: row.points, position: Number(ahead.n) + 1, rankedMembers: Number(ranked.n) };
}

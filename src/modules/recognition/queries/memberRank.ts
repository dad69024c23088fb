import type { RecognitionDb } from '../RecognitionTables.js';

/** A member's points and leaderboard position. */
export interface MemberRank {
  points: number;
  /** 1-based; ties broken by user id so the order is deterministic. */
  position: number;
  /** Members with any points. */
  rankedMembers: number;
}

/**
 * Reads a member's points and position, or null when the member has no points yet.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function memberRank(db: RecognitionDb, guildId: string, userId: string): Promise<MemberRank | null> {
  const row = await db
    .selectFrom('recognition_members')
    .select('points')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (row === undefined || row.points <= 0) return null;
  const counts = await db
    .selectFrom('recognition_members')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('ranked'),
      eb.fn
        .sum<number | string>(
          eb
            .case()
            .when(
              eb.or([
                eb('points', '>', row.points),
                eb.and([eb('points', '=', row.points), eb('user_id', '<', userId)]),
              ]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('ahead'),
    ])
    .where('guild_id', '=', guildId)
    .where('points', '>', 0)
    .executeTakeFirstOrThrow();
  return { points: row.points, position: Number(counts.ahead) + 1, rankedMembers: Number(counts.ranked) };
}

import type { RecognitionDb } from '../RecognitionTables.js';
import { filtersBanned, notBanned } from './notBanned.js';

/** A member's value and position on a period leaderboard. */
export interface PeriodRank {
  value: number;
  /** 1-based; ties broken by user id. */
  position: number;
  /** Members above 0 on this board. */
  ranked: number;
}

/**
 * A member's position on a period leaderboard (null when they are not on it): one index
 * range count of who is ahead, so it stays fast with many members.
 * @param db - the database
 * @param guildId - the guild
 * @param period - stored period key
 * @param category - `points` or a category id
 * @param userId - the member
 * @param hideBanned - leave banned members out (a banned member is on no board)
 */
export async function periodRank(
  db: RecognitionDb,
  guildId: string,
  period: string,
  category: string,
  userId: string,
  hideBanned = false,
): Promise<PeriodRank | null> {
  const board = db
    .selectFrom('recognition_totals')
    .where('guild_id', '=', guildId)
    .where('period', '=', period)
    .where('category', '=', category)
    .$if(await filtersBanned(db, guildId, hideBanned), (qb) => qb.where(notBanned('recognition_totals', guildId)));
  const mine = await board.select('value').where('user_id', '=', userId).executeTakeFirst();
  if (mine === undefined || mine.value <= 0) return null;
  const ahead = await board
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where((eb) =>
      eb.or([eb('value', '>', mine.value), eb.and([eb('value', '=', mine.value), eb('user_id', '<', userId)])]),
    )
    .executeTakeFirstOrThrow();
  const ranked = await board
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('value', '>', 0)
    .executeTakeFirstOrThrow();
  return { value: mine.value, position: Number(ahead.n) + 1, ranked: Number(ranked.n) };
}

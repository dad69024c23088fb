import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { moderationDb } from '../ModerationTables.js';

/**
 * How many strikes a member has that still count: given less than `strikeDecay` ago and not
 * overturned on appeal.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 * @param now - epoch ms
 */
export async function activeStrikes(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  now: number,
): Promise<number> {
  const row = await moderationDb(db)
    .selectFrom('moderation_cases')
    .select((eb) => eb.fn.countAll<number | string>().as('strikes'))
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .where('strike', '=', 1)
    .where('status', '!=', 'overturned')
    .where('strike_expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.strikes);
}

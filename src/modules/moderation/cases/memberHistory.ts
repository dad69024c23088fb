import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { moderationDb } from '../ModerationTables.js';
import { toCase, type ModerationCase } from './ModerationCase.js';

/**
 * A member's cases, newest first.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 * @param limit - how many
 */
export async function memberHistory(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  limit: number,
): Promise<ModerationCase[]> {
  const rows = await moderationDb(db)
    .selectFrom('moderation_cases')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toCase);
}

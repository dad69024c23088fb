import { sql, type Expression, type SqlBool } from 'kysely';
import type { RecognitionDb } from '../RecognitionTables.js';

/**
 * A leaderboard row's member is not banned (`removedMessages.hideBanned`): a `NOT EXISTS`
 * probe of `recognition_banned`'s primary key, so ranking reads stay index range scans.
 * @param table - the table ranked (`recognition_totals` or `recognition_members`)
 * @param guildId - the guild
 */
export function notBanned(table: 'recognition_totals' | 'recognition_members', guildId: string): Expression<SqlBool> {
  return sql<SqlBool>`not exists (select 1 from recognition_banned where recognition_banned.guild_id = ${guildId} and recognition_banned.user_id = ${sql.ref(`${table}.user_id`)})`;
}

/**
 * Whether a ranking read must filter banned members: only when asked and someone in the
 * guild is banned (the usual case, nobody, costs one index probe, not one per ranked row).
 * @param db - the database
 * @param guildId - the guild
 * @param hideBanned - `removedMessages.hideBanned`
 */
export async function filtersBanned(db: RecognitionDb, guildId: string, hideBanned: boolean): Promise<boolean> {
  if (!hideBanned) return false;
  const any = await db
    .selectFrom('recognition_banned')
    .select('user_id')
    .where('guild_id', '=', guildId)
    .limit(1)
    .executeTakeFirst();
  return any !== undefined;
}

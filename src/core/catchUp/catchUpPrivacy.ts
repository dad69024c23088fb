import type { Kysely } from 'kysely';
import type { Json } from '../DomainEvent.js';
import type { CoreTables } from '../../store/CoreTables.js';
import { catchUpDb } from './CatchUpTables.js';

/**
 * What catch-up holds about a member: that Guildhall believes them present, under which name,
 * since when (`catch_up_members`). Channel cursors name no one.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function exportCatchUp(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
): Promise<Record<string, Json>> {
  const row = await catchUpDb(db)
    .selectFrom('catch_up_members')
    .select(['username', 'joined_at'])
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row === undefined ? {} : { presence: { username: row.username, joinedAt: row.joined_at } };
}

/**
 * Forgets the member. If they are still in the guild, later catch-ups leave them unknown
 * rather than record a join for them again (they were present at the last catch-up).
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 * @returns rows deleted
 */
export async function eraseCatchUp(db: Kysely<CoreTables>, guildId: string, userId: string): Promise<number> {
  const result = await catchUpDb(db)
    .deleteFrom('catch_up_members')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

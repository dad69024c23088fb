import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { Json } from '../DomainEvent.js';

/**
 * The member's row of the member directory (`member_directory`): names, bot flag, roles,
 * join and departure, first seen, first message and last activity.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function exportMemberDirectory(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
): Promise<Record<string, Json>> {
  const row = await db
    .selectFrom('member_directory')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (row === undefined) return {};
  return {
    memberDirectory: {
      username: row.username,
      displayName: row.display_name,
      bot: row.bot === 1,
      roles: parseRoles(row.roles),
      joinedAt: row.joined_at,
      leftAt: row.left_at,
      firstSeenAt: row.first_seen_at,
      firstMessageAt: row.first_message_at,
      lastActiveAt: row.last_active_at,
    },
  };
}

/**
 * Deletes the member's directory row (their names, roles and activity times).
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 * @returns rows deleted
 */
export async function eraseMemberDirectory(db: Kysely<CoreTables>, guildId: string, userId: string): Promise<number> {
  const result = await db
    .deleteFrom('member_directory')
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The names the directory knows the member by (username and display name, unless it holds
 * only their id), so the other owners find them in text.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function memberDirectoryNames(db: Kysely<CoreTables>, guildId: string, userId: string): Promise<string[]> {
  const row = await db
    .selectFrom('member_directory')
    .select(['username', 'display_name'])
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (row === undefined) return [];
  return [row.username, row.display_name].filter((name) => name !== '' && name !== userId);
}

function parseRoles(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

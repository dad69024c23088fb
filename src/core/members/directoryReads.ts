import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { CoreTables, MemberDirectoryTable } from '../../store/CoreTables.js';
import type { DirectoryMember, MemberCountOptions, MemberListQuery, MemberPage } from './MemberDirectoryReader.js';
import { chunks } from '../chunks.js';

type Db = Kysely<CoreTables>;
type Eb = ExpressionBuilder<CoreTables, 'member_directory'>;

/** Ids per `IN (…)` list: well under SQLite's and PostgreSQL's bound-parameter limits. */
export const ID_CHUNK = 500;
const MAX_PAGE = 1000;

/**
 * One member's row, or null.
 * @param db - the database
 * @param guildId - the guild
 * @param userId - the member
 */
export async function directoryMember(db: Db, guildId: string, userId: string): Promise<DirectoryMember | null> {
  const row = await db
    .selectFrom('member_directory')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row === undefined ? null : toMember(row);
}

/**
 * The rows of several members, by id.
 * @param db - the database
 * @param guildId - the guild
 * @param userIds - the members
 */
export async function directoryMembers(
  db: Db,
  guildId: string,
  userIds: Iterable<string>,
): Promise<Map<string, DirectoryMember>> {
  const ids = [...new Set(userIds)];
  const found = new Map<string, DirectoryMember>();
  for (const piece of chunks(ids, ID_CHUNK)) {
    const rows = await db
      .selectFrom('member_directory')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('user_id', 'in', piece)
      .execute();
    for (const row of rows) found.set(row.user_id, toMember(row));
  }
  return found;
}

/**
 * A page of members matching a query, ordered by display name then id.
 * @param db - the database
 * @param guildId - the guild
 * @param query - search, status, filters, page
 */
export async function listDirectory(db: Db, guildId: string, query: MemberListQuery = {}): Promise<MemberPage> {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 50), 1), MAX_PAGE);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const base = db
    .selectFrom('member_directory')
    .where('guild_id', '=', guildId)
    .where((eb) => matching(eb, query));
  const [rows, total] = await Promise.all([
    base
      .selectAll()
      .orderBy(sql`lower(display_name)`)
      .orderBy('user_id')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { members: rows.map(toMember), total: Number(total.n) };
}

/**
 * How many members a guild has now, or had at a time.
 * @param db - the database
 * @param guildId - the guild
 * @param options - the time, and whether bots count
 */
export async function countDirectory(db: Db, guildId: string, options: MemberCountOptions = {}): Promise<number> {
  const { at } = options;
  let query = db
    .selectFrom('member_directory')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('guild_id', '=', guildId);
  if (options.includeBots === false) query = query.where('bot', '=', 0);
  query =
    at === undefined
      ? query.where('left_at', 'is', null)
      : query.where('joined_at', '<=', at).where((eb) => eb.or([eb('left_at', 'is', null), eb('left_at', '>', at)]));
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

function matching(eb: Eb, query: MemberListQuery) {
  const conditions = [];
  const status = query.status ?? 'present';
  if (status === 'present') conditions.push(eb('left_at', 'is', null));
  if (status === 'left') conditions.push(eb('left_at', 'is not', null));
  if (query.includeBots === false) conditions.push(eb('bot', '=', 0));
  if (query.joinedAfter !== undefined) conditions.push(eb('joined_at', '>', query.joinedAfter));
  if (query.inactiveSince !== undefined) {
    conditions.push(eb.or([eb('last_active_at', 'is', null), eb('last_active_at', '<=', query.inactiveSince)]));
  }
  if (query.anyRole !== undefined) {
    // Roles are a JSON array of quoted ids: `"<id>"` matches one whole id, in either dialect.
    const held = query.anyRole.filter((id) => /^\d+$/.test(id)).map((id) => eb('roles', 'like', `%"${id}"%`));
    conditions.push(held.length === 0 ? sql<boolean>`1 = 0` : eb.or(held));
  }
  const search = query.search?.trim().toLowerCase() ?? '';
  if (search !== '') {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      eb.or([
        sql<boolean>`lower(display_name) like ${pattern} escape '\\'`,
        sql<boolean>`lower(username) like ${pattern} escape '\\'`,
        eb('user_id', '=', search),
      ]),
    );
  }
  return eb.and(conditions);
}

/**
 * A row as the reader's type.
 * @param row - a `member_directory` row
 */
export function toMember(row: Selectable<MemberDirectoryTable>): DirectoryMember {
  return {
    guildId: row.guild_id,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    nameKnown: row.username !== row.user_id,
    bot: row.bot === 1,
    roles: parseRoles(row.roles),
    joinedAt: row.joined_at,
    leftAt: row.left_at,
    firstSeenAt: row.first_seen_at,
    firstMessageAt: row.first_message_at,
    lastActiveAt: row.last_active_at,
  };
}

function parseRoles(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

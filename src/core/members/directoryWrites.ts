import type { ExpressionBuilder, Insertable, Kysely, OnConflictTables, OnConflictUpdateDatabase } from 'kysely';
import type { CoreTables, MemberDirectoryTable } from '../../store/CoreTables.js';
import type { EventPayloads } from '../DomainEvent.js';

type Db = Kysely<CoreTables>;
type Row = Insertable<MemberDirectoryTable>;
/** The builder of an `ON CONFLICT … DO UPDATE SET` (the old row and `excluded` in scope). */
type Eb = ExpressionBuilder<
  OnConflictUpdateDatabase<CoreTables, 'member_directory'>,
  OnConflictTables<'member_directory'>
>;
type TimeColumn = 'joined_at' | 'left_at' | 'first_seen_at' | 'first_message_at' | 'last_active_at';

/*
 * Every write is one portable upsert (`INSERT … ON CONFLICT (guild_id, user_id) DO UPDATE`,
 * SQLite ≥ 3.24 and PostgreSQL alike). Times merge with CASE rather than GREATEST/MAX, which
 * the two dialects spell differently, so events handled out of order (a replay, an import of
 * older history) leave the same row as events handled in order.
 */

/** The earlier of the old and the new value (the old one when the new is null). */
function earliest(eb: Eb, column: TimeColumn) {
  return preferred(eb, column, '<');
}

/** The later of the old and the new value (the old one when the new is null). */
function latest(eb: Eb, column: TimeColumn) {
  return preferred(eb, column, '>');
}

/** The new value when the old is null or the new one compares `than` it, else the old. */
function preferred(eb: Eb, column: TimeColumn, than: '<' | '>') {
  const old = eb.ref(`member_directory.${column}`);
  const next = eb.ref(`excluded.${column}`);
  return eb
    .case()
    .when(eb.or([eb(old, 'is', null), eb(next, than, old)]))
    .then(next)
    .else(old)
    .end();
}

/** The new value while the old row holds only the member's id as a name (a placeholder). */
function fillPlaceholder<C extends 'username' | 'display_name' | 'bot' | 'roles'>(eb: Eb, column: C) {
  return eb
    .case()
    .when(eb.ref('member_directory.username'), '=', eb.ref('member_directory.user_id'))
    .then(eb.ref(`excluded.${column}`))
    .else(eb.ref(`member_directory.${column}`))
    .end();
}

/** True when the incoming join is at least as recent as the one the row holds. */
function newerJoin(eb: Eb) {
  return eb.or([
    eb('member_directory.joined_at', 'is', null),
    eb('excluded.joined_at', '>=', eb.ref('member_directory.joined_at')),
  ]);
}

/** A row for someone known only by id: names are the id until a join or the member list names them. */
function placeholder(guildId: string, userId: string, at: number, now: number): Row {
  return {
    guild_id: guildId,
    user_id: userId,
    username: userId,
    display_name: userId,
    bot: 0,
    roles: '[]',
    joined_at: null,
    left_at: null,
    first_seen_at: at,
    first_message_at: null,
    last_active_at: null,
    updated_at: now,
  };
}

/** Activity of one member to merge: messages and reactions between two times. */
export interface Activity {
  userId: string;
  /** Epoch ms of the earliest activity merged. */
  firstAt: number;
  /** Epoch ms of the latest activity merged. */
  lastAt: number;
  /** Epoch ms of the earliest message, null when only reactions. */
  firstMessageAt: number | null;
  /** True when a message said the author is a bot. */
  bot: boolean;
}

/**
 * Merges activity (messages, reactions) of several members in one statement: a member not
 * in the directory gets a placeholder row; `first_message_at` keeps the earliest,
 * `last_active_at` the latest.
 * @param db - the database
 * @param guildId - the guild
 * @param activities - at most one per member
 * @param now - epoch ms for `updated_at`
 */
export async function mergeActivity(
  db: Db,
  guildId: string,
  activities: readonly Activity[],
  now: number,
): Promise<void> {
  if (activities.length === 0) return;
  const rows = activities.map((a) => ({
    ...placeholder(guildId, a.userId, a.firstAt, now),
    bot: a.bot ? 1 : 0,
    first_message_at: a.firstMessageAt,
    last_active_at: a.lastAt,
  }));
  await db
    .insertInto('member_directory')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet((eb) => ({
        first_seen_at: earliest(eb, 'first_seen_at').$castTo<number>(),
        first_message_at: earliest(eb, 'first_message_at'),
        last_active_at: latest(eb, 'last_active_at'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** One join to merge: its payload and when the event happened. */
export interface Join {
  member: EventPayloads['member.joined'];
  at: number;
}

/**
 * Joins, one statement for all: names, bot flag and roles as the join says (unless the row
 * holds a later join), the latest join time, and present again (unless a departure later than
 * this join is recorded).
 * @param db - the database
 * @param guildId - the guild
 * @param joins - joins of different members (a statement can change a row only once)
 * @param now - epoch ms for `updated_at`
 */
export async function mergeJoins(db: Db, guildId: string, joins: readonly Join[], now: number): Promise<void> {
  if (joins.length === 0) return;
  await db
    .insertInto('member_directory')
    .values(
      joins.map(({ member, at }) => {
        const joinedAt = member.joinedAt > 0 ? member.joinedAt : at;
        return {
          ...placeholder(guildId, member.userId, Math.min(joinedAt, at), now),
          username: member.username,
          display_name: member.displayName === '' ? member.username : member.displayName,
          bot: member.bot ? 1 : 0,
          roles: JSON.stringify(member.roles),
          joined_at: joinedAt,
        };
      }),
    )
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet((eb) => {
        const ifNewer = <C extends 'username' | 'display_name' | 'bot' | 'roles'>(column: C) =>
          eb
            .case()
            .when(newerJoin(eb))
            .then(eb.ref(`excluded.${column}`))
            .else(eb.ref(`member_directory.${column}`))
            .end();
        return {
          username: ifNewer('username'),
          display_name: ifNewer('display_name'),
          bot: ifNewer('bot'),
          roles: ifNewer('roles'),
          joined_at: latest(eb, 'joined_at'),
          left_at: eb
            .case()
            .when(
              eb.and([
                eb('member_directory.left_at', 'is not', null),
                eb('member_directory.left_at', '>', eb.ref('excluded.joined_at')),
              ]),
            )
            .then(eb.ref('member_directory.left_at'))
            .else(null)
            .end(),
          first_seen_at: earliest(eb, 'first_seen_at').$castTo<number>(),
          updated_at: eb.ref('excluded.updated_at'),
        };
      }),
    )
    .execute();
}

/**
 * A departure: left at `at` (unless a later join is recorded); the username as the departure
 * gives it, the display name only if the row had none.
 * @param db - the database
 * @param guildId - the guild
 * @param member - the departure's payload
 * @param at - when the event happened
 * @param now - epoch ms for `updated_at`
 */
export async function mergeLeave(
  db: Db,
  guildId: string,
  member: EventPayloads['member.left'],
  at: number,
  now: number,
): Promise<void> {
  const named = member.username !== '';
  const username = named ? member.username : member.userId;
  await db
    .insertInto('member_directory')
    .values({ ...placeholder(guildId, member.userId, at, now), username, display_name: username, left_at: at })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet((eb) => ({
        ...(named ? { username: eb.ref('excluded.username'), display_name: fillPlaceholder(eb, 'display_name') } : {}),
        left_at: eb
          .case()
          .when(
            eb.and([
              eb('member_directory.joined_at', 'is not', null),
              eb('member_directory.joined_at', '>', eb.ref('excluded.left_at')),
            ]),
          )
          .then(eb.ref('member_directory.left_at'))
          .else(eb.ref('excluded.left_at'))
          .end(),
        first_seen_at: earliest(eb, 'first_seen_at').$castTo<number>(),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/**
 * A member update: roles as given; the display name when a nickname is set (a removed
 * nickname leaves the last known name until the next member list: the global name it falls
 * back to is not in the event).
 * @param db - the database
 * @param guildId - the guild
 * @param update - the update's payload
 * @param at - when the event happened
 * @param now - epoch ms for `updated_at`
 */
export async function mergeUpdate(
  db: Db,
  guildId: string,
  update: EventPayloads['member.updated'],
  at: number,
  now: number,
): Promise<void> {
  const nickname = update.nickname === null || update.nickname === '' ? null : update.nickname;
  await db
    .insertInto('member_directory')
    .values({
      ...placeholder(guildId, update.userId, at, now),
      display_name: nickname ?? update.userId,
      roles: JSON.stringify(update.roles),
    })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet((eb) => ({
        roles: eb.ref('excluded.roles'),
        ...(nickname === null ? {} : { display_name: eb.ref('excluded.display_name') }),
        first_seen_at: earliest(eb, 'first_seen_at').$castTo<number>(),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** A member as the history importer or another source names them. */
export interface RememberedMember {
  userId: string;
  username: string;
  /** Empty: the username. */
  displayName: string;
  bot: boolean;
  /** Role ids, when the source has them. */
  roles?: readonly string[];
  /** Epoch ms they joined, when the source has it. */
  joinedAt?: number;
}

/**
 * Adds members the directory does not know, or fills what it holds only placeholders for
 * (names, bot flag and roles of a member known by id only; an unknown join time). Never
 * overwrites what a live event or the member list said.
 * @param db - the database
 * @param guildId - the guild
 * @param members - the members (at most one per user id)
 * @param now - epoch ms for `first_seen_at` (when no join time) and `updated_at`
 */
export async function mergeRemembered(
  db: Db,
  guildId: string,
  members: readonly RememberedMember[],
  now: number,
): Promise<void> {
  if (members.length === 0) return;
  const rows = members.map((m) => ({
    ...placeholder(guildId, m.userId, Math.min(m.joinedAt ?? now, now), now),
    username: m.username === '' ? m.userId : m.username,
    display_name: m.displayName === '' ? m.username || m.userId : m.displayName,
    bot: m.bot ? 1 : 0,
    roles: JSON.stringify(m.roles ?? []),
    joined_at: m.joinedAt ?? null,
  }));
  await db
    .insertInto('member_directory')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet((eb) => ({
        username: fillPlaceholder(eb, 'username'),
        display_name: fillPlaceholder(eb, 'display_name'),
        bot: fillPlaceholder(eb, 'bot'),
        roles: eb
          .case()
          .when('member_directory.roles', '=', '[]')
          .then(eb.ref('excluded.roles'))
          .else(eb.ref('member_directory.roles'))
          .end(),
        joined_at: eb.fn.coalesce('member_directory.joined_at', 'excluded.joined_at'),
        first_seen_at: earliest(eb, 'first_seen_at').$castTo<number>(),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** A member as the platform's member list gives them. */
export interface ListedDirectoryMember {
  userId: string;
  username: string;
  displayName: string;
  bot: boolean;
  roles: readonly string[];
  /** Epoch ms; 0 when unknown. */
  joinedAt: number;
}

/**
 * Writes members as the platform lists them now: names, bot flag, roles and join time as
 * listed, present (a departure recorded at or after `listedAt` stays: it happened after the
 * list was read).
 * @param db - the database
 * @param guildId - the guild
 * @param members - the listed members (at most one per user id)
 * @param listedAt - epoch ms the list was read
 * @param now - epoch ms for `updated_at`
 */
export async function mergeListed(
  db: Db,
  guildId: string,
  members: readonly ListedDirectoryMember[],
  listedAt: number,
  now: number,
): Promise<void> {
  if (members.length === 0) return;
  const rows = members.map((m) => ({
    ...placeholder(guildId, m.userId, m.joinedAt > 0 ? Math.min(m.joinedAt, listedAt) : listedAt, now),
    username: m.username,
    display_name: m.displayName === '' ? m.username : m.displayName,
    bot: m.bot ? 1 : 0,
    roles: JSON.stringify(m.roles),
    joined_at: m.joinedAt > 0 ? m.joinedAt : null,
  }));
  await db
    .insertInto('member_directory')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id']).doUpdateSet((eb) => ({
        username: eb.ref('excluded.username'),
        display_name: eb.ref('excluded.display_name'),
        bot: eb.ref('excluded.bot'),
        roles: eb.ref('excluded.roles'),
        joined_at: eb.fn.coalesce('excluded.joined_at', 'member_directory.joined_at'),
        left_at: eb
          .case()
          .when('member_directory.left_at', '>=', listedAt)
          .then(eb.ref('member_directory.left_at'))
          .else(null)
          .end(),
        first_seen_at: earliest(eb, 'first_seen_at').$castTo<number>(),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/**
 * Marks as left, at `listedAt`, the present members of the guild the member list did not
 * name: those whose row nothing wrote since the list was read.
 * @param db - the database
 * @param guildId - the guild
 * @param listedAt - epoch ms the list was read (the sync's writes are all at or after it)
 * @param now - epoch ms for `updated_at`
 * @returns how many were marked
 */
export async function markUnlistedLeft(db: Db, guildId: string, listedAt: number, now: number): Promise<number> {
  const result = await db
    .updateTable('member_directory')
    .set({ left_at: listedAt, updated_at: now })
    .where('guild_id', '=', guildId)
    .where('left_at', 'is', null)
    .where('updated_at', '<', listedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

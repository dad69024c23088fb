import type { MemberSnapshot, VoiceMemberState } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import type { SandboxDatabase, SandboxMemberTable, SandboxUserTable } from './SandboxTables.js';
import type { SandboxMember, SandboxVoiceState } from './sandboxViews.js';

/** A member row joined with its user. */
export type MemberRow = SandboxUserTable & SandboxMemberTable;

/**
 * Reads a user account.
 * @throws SandboxNotFoundError when no such user exists
 */
export async function requireUser(db: SandboxDatabase, userId: string): Promise<SandboxUserTable> {
  const row = await db.selectFrom('sandbox_users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('user', userId);
  return row;
}

/** Reads a current member with their user account, or undefined. */
export async function findMemberRow(db: SandboxDatabase, userId: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('sandbox_members')
    .innerJoin('sandbox_users', 'sandbox_users.id', 'sandbox_members.user_id')
    .selectAll()
    .where('sandbox_members.user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Reads a current member.
 * @throws SandboxNotFoundError when the user is not in the guild
 */
export async function requireMemberRow(db: SandboxDatabase, userId: string): Promise<MemberRow> {
  const row = await findMemberRow(db, userId);
  if (row === undefined) throw new SandboxNotFoundError('member', userId);
  return row;
}

/** A member's role ids, highest first (never @everyone). */
export async function memberRoleIds(db: SandboxDatabase, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('sandbox_member_roles')
    .innerJoin('sandbox_roles', 'sandbox_roles.id', 'sandbox_member_roles.role_id')
    .select('sandbox_roles.id')
    .where('sandbox_member_roles.user_id', '=', userId)
    .orderBy('sandbox_roles.position', 'desc')
    .execute();
  return rows.map((r) => r.id);
}

/** Position of a member's highest role (0 = only @everyone). */
export async function highestRolePosition(db: SandboxDatabase, userId: string): Promise<number> {
  const row = await db
    .selectFrom('sandbox_member_roles')
    .innerJoin('sandbox_roles', 'sandbox_roles.id', 'sandbox_member_roles.role_id')
    .select((eb) => eb.fn.max('sandbox_roles.position').as('top'))
    .where('sandbox_member_roles.user_id', '=', userId)
    .executeTakeFirst();
  return row?.top ?? 0;
}

/**
 * A member as the Platform interface returns it; an expired timeout reads as none.
 * @param row - member and user
 * @param roles - role ids
 * @param now - epoch ms
 */
export function toMemberSnapshot(row: MemberRow, roles: string[], now: number): MemberSnapshot {
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.nickname ?? row.display_name,
    bot: row.bot === 1,
    roles,
    joinedAt: row.joined_at,
    timeoutUntil: row.timeout_until !== null && row.timeout_until > now ? row.timeout_until : null,
  };
}

/** A member's voice connection, or null. */
export async function findVoiceState(db: SandboxDatabase, userId: string): Promise<SandboxVoiceState | null> {
  const row = await db.selectFrom('sandbox_voice_states').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (row === undefined) return null;
  return {
    userId,
    channelId: row.channel_id,
    muted: row.muted === 1,
    deafened: row.deafened === 1,
    joinedAt: row.joined_at,
  };
}

/** The members connected to a voice channel, by user id. */
export async function voiceMembersOf(db: SandboxDatabase, channelId: string): Promise<VoiceMemberState[]> {
  const rows = await db
    .selectFrom('sandbox_voice_states')
    .select(['user_id', 'muted', 'deafened'])
    .where('channel_id', '=', channelId)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, muted: r.muted === 1, deafened: r.deafened === 1 }));
}

/** A member with roles, timeout, DM setting and voice state, or null when not in the guild. */
export async function loadMember(ctx: SandboxContext, userId: string): Promise<SandboxMember | null> {
  const row = await findMemberRow(ctx.db, userId);
  if (row === undefined) return null;
  const [roles, voice] = await Promise.all([memberRoleIds(ctx.db, userId), findVoiceState(ctx.db, userId)]);
  return {
    ...toMemberSnapshot(row, roles, ctx.clock.now()),
    dmsOpen: row.dms_open === 1,
    accountCreatedAt: row.account_created_at,
    voice,
  };
}

/** Pages through members in id order. */
export async function listMembers(
  ctx: SandboxContext,
  page: { limit: number; after?: string | undefined },
): Promise<SandboxMember[]> {
  let query = ctx.db.selectFrom('sandbox_members').select('user_id').orderBy('user_id').limit(page.limit);
  if (page.after !== undefined) query = query.where('user_id', '>', page.after);
  const ids = await query.execute();
  const members = await Promise.all(ids.map((r) => loadMember(ctx, r.user_id)));
  return members.filter((m): m is SandboxMember => m !== null);
}

import type { ChannelSnapshot, GuildSnapshot, RoleSnapshot, VerificationLevel } from '../Platform.js';
import type { SandboxContext, SandboxGuildInfo } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import type { SandboxChannelTable, SandboxDatabase, SandboxRoleTable } from './SandboxTables.js';
import { highestRolePosition } from './memberQueries.js';
import { toChannelSnapshot, toRoleSnapshot } from './sandboxRows.js';

/**
 * The sandbox guild, checking that `guildId` names it.
 * @throws SandboxNotFoundError for any other guild id
 */
export async function requireGuild(ctx: SandboxContext, guildId: string): Promise<SandboxGuildInfo> {
  const guild = await ctx.guild();
  if (guild.id !== guildId) throw new SandboxNotFoundError('guild', guildId);
  return guild;
}

/**
 * Reads a role.
 * @throws SandboxNotFoundError when no such role exists
 */
export async function requireRole(db: SandboxDatabase, roleId: string): Promise<SandboxRoleTable> {
  const row = await db.selectFrom('sandbox_roles').selectAll().where('id', '=', roleId).executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('role', roleId);
  return row;
}

/** Every role, highest first. */
export async function listRoles(db: SandboxDatabase): Promise<RoleSnapshot[]> {
  const rows = await db.selectFrom('sandbox_roles').selectAll().orderBy('position', 'desc').orderBy('id').execute();
  return rows.map(toRoleSnapshot);
}

/**
 * Reads a channel (or thread).
 * @throws SandboxNotFoundError when no such channel exists
 */
export async function requireChannel(db: SandboxDatabase, channelId: string): Promise<SandboxChannelTable> {
  const row = await db.selectFrom('sandbox_channels').selectAll().where('id', '=', channelId).executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('channel', channelId);
  return row;
}

/**
 * Every channel in position order; threads only when asked (Discord lists them apart).
 * @param includeThreads - also return threads
 */
export async function listChannels(db: SandboxDatabase, includeThreads: boolean): Promise<ChannelSnapshot[]> {
  let query = db.selectFrom('sandbox_channels').selectAll().orderBy('position').orderBy('id');
  if (!includeThreads) query = query.where('kind', '!=', 'thread');
  return (await query.execute()).map(toChannelSnapshot);
}

/** The guild's channels (without threads), roles and the bot's highest role position. */
export async function fetchGuildSnapshot(ctx: SandboxContext): Promise<GuildSnapshot> {
  const guild = await ctx.guild();
  const [channels, roles, botHighestRolePosition, members, safety] = await Promise.all([
    listChannels(ctx.db, false),
    listRoles(ctx.db),
    highestRolePosition(ctx.db, guild.botUserId),
    ctx.db
      .selectFrom('sandbox_members')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow(),
    guildSafety(ctx),
  ]);
  const memberCount = Number(members.n);
  return {
    id: guild.id,
    name: guild.name,
    ownerId: guild.ownerId,
    channels,
    roles,
    botHighestRolePosition,
    verificationLevel: safety.verificationLevel,
    memberCount,
  };
}

/** The guild's verification level, and until when its invites are paused (null: not paused). */
export async function guildSafety(
  ctx: SandboxContext,
): Promise<{ verificationLevel: VerificationLevel; invitesPausedUntil: number | null }> {
  const guild = await ctx.guild();
  const row = await ctx.db
    .selectFrom('sandbox_guild')
    .select(['verification_level', 'invites_paused_until'])
    .where('id', '=', guild.id)
    .executeTakeFirstOrThrow();
  const until = row.invites_paused_until;
  return {
    verificationLevel: row.verification_level,
    invitesPausedUntil: until !== null && until > ctx.clock.now() ? until : null,
  };
}

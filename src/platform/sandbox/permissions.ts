import { PERMISSION_FLAGS } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden } from '../PlatformError.js';
import type { PermissionOverwrite } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxChannelTable } from './SandboxTables.js';
import type { MemberRow } from './memberQueries.js';
import { fromJson } from './sandboxRows.js';

/**
 * Discord permission bits the sandbox checks or seeds, by Discord's API names (the bits are
 * `PERMISSION_FLAGS`'s).
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export const Permission = {
  CREATE_INSTANT_INVITE: PERMISSION_FLAGS.CreateInstantInvite,
  KICK_MEMBERS: PERMISSION_FLAGS.KickMembers,
  BAN_MEMBERS: PERMISSION_FLAGS.BanMembers,
  ADMINISTRATOR: PERMISSION_FLAGS.Administrator,
  MANAGE_CHANNELS: PERMISSION_FLAGS.ManageChannels,
  MANAGE_GUILD: PERMISSION_FLAGS.ManageGuild,
  ADD_REACTIONS: PERMISSION_FLAGS.AddReactions,
  VIEW_CHANNEL: PERMISSION_FLAGS.ViewChannel,
  SEND_MESSAGES: PERMISSION_FLAGS.SendMessages,
  MANAGE_MESSAGES: PERMISSION_FLAGS.ManageMessages,
  EMBED_LINKS: PERMISSION_FLAGS.EmbedLinks,
  ATTACH_FILES: PERMISSION_FLAGS.AttachFiles,
  READ_MESSAGE_HISTORY: PERMISSION_FLAGS.ReadMessageHistory,
  CONNECT: PERMISSION_FLAGS.Connect,
  SPEAK: PERMISSION_FLAGS.Speak,
  MANAGE_ROLES: PERMISSION_FLAGS.ManageRoles,
  USE_APPLICATION_COMMANDS: PERMISSION_FLAGS.UseApplicationCommands,
  MANAGE_THREADS: PERMISSION_FLAGS.ManageThreads,
  CREATE_PUBLIC_THREADS: PERMISSION_FLAGS.CreatePublicThreads,
  SEND_MESSAGES_IN_THREADS: PERMISSION_FLAGS.SendMessagesInThreads,
  MODERATE_MEMBERS: PERMISSION_FLAGS.ModerateMembers,
} as const;

/** What @everyone may do in a new sandbox guild (Discord's defaults, roughly). */
export const DEFAULT_EVERYONE_PERMISSIONS =
  Permission.CREATE_INSTANT_INVITE |
  Permission.ADD_REACTIONS |
  Permission.VIEW_CHANNEL |
  Permission.SEND_MESSAGES |
  Permission.EMBED_LINKS |
  Permission.ATTACH_FILES |
  Permission.READ_MESSAGE_HISTORY |
  Permission.CONNECT |
  Permission.SPEAK |
  Permission.USE_APPLICATION_COMMANDS |
  Permission.CREATE_PUBLIC_THREADS |
  Permission.SEND_MESSAGES_IN_THREADS;

const ALL = (1n << 53n) - 1n;

/**
 * A member's permissions in a channel, computed like Discord: owner and administrators have
 * all; otherwise role permissions, then @everyone, role and member overwrites (threads use
 * their parent's); a timed-out member keeps only view and read history.
 * @see https://discord.com/developers/docs/topics/permissions#permission-overwrites
 */
export async function channelPermissions(
  ctx: SandboxContext,
  member: MemberRow,
  channel: SandboxChannelTable,
): Promise<bigint> {
  const guild = await ctx.guild();
  if (member.user_id === guild.ownerId) return ALL;
  const roles = await ctx.db
    .selectFrom('sandbox_roles')
    .leftJoin('sandbox_member_roles', (join) =>
      join
        .onRef('sandbox_member_roles.role_id', '=', 'sandbox_roles.id')
        .on('sandbox_member_roles.user_id', '=', member.user_id),
    )
    .select(['sandbox_roles.id', 'sandbox_roles.permissions'])
    .where((eb) => eb.or([eb('sandbox_roles.id', '=', guild.id), eb('sandbox_member_roles.user_id', 'is not', null)]))
    .execute();
  let allowed = roles.reduce((bits, role) => bits | BigInt(role.permissions), 0n);
  if ((allowed & Permission.ADMINISTRATOR) !== 0n) return ALL;
  const source =
    channel.kind === 'thread' && channel.parent_id !== null
      ? await ctx.db
          .selectFrom('sandbox_channels')
          .select('permission_overwrites')
          .where('id', '=', channel.parent_id)
          .executeTakeFirst()
      : channel;
  const overwrites = fromJson<PermissionOverwrite[]>(source?.permission_overwrites ?? '[]');
  const apply = (list: PermissionOverwrite[]): void => {
    const deny = list.reduce((bits, o) => bits | BigInt(o.deny), 0n);
    const allow = list.reduce((bits, o) => bits | BigInt(o.allow), 0n);
    allowed = (allowed & ~deny) | allow;
  };
  const roleIds = new Set(roles.map((r) => r.id).filter((id) => id !== guild.id));
  apply(overwrites.filter((o) => o.id === guild.id));
  apply(overwrites.filter((o) => o.type === 'role' && roleIds.has(o.id)));
  apply(overwrites.filter((o) => o.type === 'member' && o.id === member.user_id));
  if (member.timeout_until !== null && member.timeout_until > ctx.clock.now()) {
    allowed &= Permission.VIEW_CHANNEL | Permission.READ_MESSAGE_HISTORY;
  }
  return allowed;
}

/**
 * Refuses an action a member may not do in a channel.
 * @param needed - every bit required
 * @param action - what the member tried, for the message ("send messages")
 * @throws Forbidden (Missing Permissions, and the timeout if any)
 */
export async function assertMemberCan(
  ctx: SandboxContext,
  member: MemberRow,
  channel: SandboxChannelTable,
  needed: bigint,
  action: string,
): Promise<void> {
  const allowed = await channelPermissions(ctx, member, channel);
  if ((allowed & needed) === needed) return;
  const timedOut = member.timeout_until !== null && member.timeout_until > ctx.clock.now();
  const why = timedOut ? ` (timed out until ${new Date(member.timeout_until ?? 0).toISOString()})` : '';
  throw new Forbidden(
    `Missing Permissions: ${member.username} cannot ${action} in #${channel.name}${why}`,
    DISCORD_ERROR_CODES.missingPermissions,
  );
}

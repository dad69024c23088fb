import { PermissionFlagsBits } from 'discord.js';

/**
 * Permissions Guildhall's bot needs: role and channel management (server as code),
 * moderation (kick, ban, timeout, delete messages), posting and reacting, threads, and
 * Manage Guild to read invites (invite tracking), to manage native AutoMod rules and to
 * receive AutoMod action executions. Mention Everyone lets moderator alerts ping the alert
 * role even when it is not mentionable; every message Guildhall sends lists exactly what may
 * ping (`allowed_mentions.parse` is always empty), so it never pings @everyone.
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export const GUILDHALL_PERMISSIONS: bigint =
  PermissionFlagsBits.ManageRoles |
  PermissionFlagsBits.ManageChannels |
  PermissionFlagsBits.KickMembers |
  PermissionFlagsBits.BanMembers |
  PermissionFlagsBits.ModerateMembers |
  PermissionFlagsBits.ManageMessages |
  PermissionFlagsBits.MentionEveryone |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.CreatePrivateThreads |
  PermissionFlagsBits.ManageThreads |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.ManageGuild;

/** OAuth2 scopes: the bot user plus guild slash commands. */
export const GUILDHALL_SCOPES = ['bot', 'applications.commands'] as const;

/**
 * Builds the URL a server owner opens to add the bot with Guildhall's permissions.
 * @param applicationId - the application (client) id from the developer portal
 * @param guildId - preselects this server in Discord's dialog when given
 * @param extraPermissions - more permission bits to ask for (e.g. those a blueprint hands out)
 * @see https://discord.com/developers/docs/topics/oauth2#bot-authorization-flow
 */
export function botInviteUrl(applicationId: string, guildId?: string, extraPermissions = 0n): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: GUILDHALL_SCOPES.join(' '),
    permissions: (GUILDHALL_PERMISSIONS | extraPermissions).toString(),
  });
  if (guildId !== undefined) {
    params.set('guild_id', guildId);
    params.set('disable_guild_select', 'true');
  }
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

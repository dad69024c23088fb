import type { ChannelPosition, ChannelSnapshot, ChannelSpec } from '../types/Channel.js';
import type { GuildSnapshot, InviteSnapshot, VerificationLevel } from '../types/Guild.js';
import type { RolePosition, RoleSnapshot, RoleSpec } from '../types/Role.js';

/**
 * The guild itself: reading it, its channels and roles, their order, the verification level
 * and invites. Writes the bot may not make (a role at or above its own) throw Forbidden.
 */
export interface GuildStructurePort {
  /**
   * Reads a guild's channels and roles (and the bot's own highest role position). On Discord
   * the configured guild is answered from the gateway without any request.
   * @param guildId - the guild
   * @throws NotFound (`guild`)
   * @see https://discord.com/developers/docs/resources/guild#get-guild
   * @see https://discord.com/developers/docs/resources/guild#get-guild-channels
   */
  fetchGuild(guildId: string): Promise<GuildSnapshot>;

  /**
   * Creates a channel (or category).
   * @param guildId - the guild
   * @param spec - the channel
   * @param reason - written to the guild's audit log (default "Guildhall")
   * @throws InvalidRequest for a spec Discord refuses (name, topic, slowmode, limits)
   * @see https://discord.com/developers/docs/resources/guild#create-guild-channel
   */
  createChannel(guildId: string, spec: ChannelSpec, reason?: string): Promise<ChannelSnapshot>;

  /**
   * Changes fields of a channel.
   * @param channelId - the channel
   * @param patch - the fields to change
   * @param reason - written to the guild's audit log (default "Guildhall")
   * @throws NotFound (`channel`); InvalidRequest for a change Discord refuses
   * @see https://discord.com/developers/docs/resources/channel#modify-channel
   */
  editChannel(channelId: string, patch: Partial<ChannelSpec>, reason?: string): Promise<ChannelSnapshot>;

  /**
   * Deletes a channel or category (a category's channels stay, without parent).
   * @param channelId - the channel
   * @param reason - written to the guild's audit log
   * @throws NotFound (`channel`)
   * @see https://discord.com/developers/docs/resources/channel#deleteclose-channel
   */
  deleteChannel(channelId: string, reason: string): Promise<void>;

  /**
   * Moves channels in one request: positions, parents, and optionally syncs a moved
   * channel's overwrites with its new category.
   * @param guildId - the guild
   * @param positions - the moves
   * @param reason - written to the guild's audit log (default "Guildhall")
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-channel-positions
   */
  setChannelPositions(guildId: string, positions: ChannelPosition[], reason?: string): Promise<void>;

  /**
   * Creates a role.
   * @param guildId - the guild
   * @param spec - the role
   * @param reason - written to the guild's audit log (default "Guildhall")
   * @throws Forbidden above the bot's highest role; InvalidRequest past 250 roles
   * @see https://discord.com/developers/docs/resources/guild#create-guild-role
   */
  createRole(guildId: string, spec: RoleSpec, reason?: string): Promise<RoleSnapshot>;

  /**
   * Changes fields of a role.
   * @param guildId - the guild
   * @param roleId - the role
   * @param patch - the fields to change
   * @param reason - written to the guild's audit log (default "Guildhall")
   * @throws NotFound (`role`); Forbidden for a role at or above the bot's highest
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-role
   */
  editRole(guildId: string, roleId: string, patch: Partial<RoleSpec>, reason?: string): Promise<RoleSnapshot>;

  /**
   * Deletes a role.
   * @param guildId - the guild
   * @param roleId - the role
   * @param reason - written to the guild's audit log
   * @throws NotFound (`role`); Forbidden for a role at or above the bot's highest
   * @see https://discord.com/developers/docs/resources/guild#delete-guild-role
   */
  deleteRole(guildId: string, roleId: string, reason: string): Promise<void>;

  /**
   * Orders roles in one request.
   * @param guildId - the guild
   * @param positions - the new positions
   * @param reason - written to the guild's audit log (default "Guildhall")
   * @throws Forbidden for a move at or above the bot's highest role
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-role-positions
   */
  setRolePositions(guildId: string, positions: RolePosition[], reason?: string): Promise<void>;

  /**
   * Sets the guild's verification level (what a member must have before posting).
   * @param guildId - the guild
   * @param level - the new level
   * @param reason - written to the guild's audit log
   * @returns the level before the change, to put it back later
   * @see https://discord.com/developers/docs/resources/guild#modify-guild
   */
  setVerificationLevel(
    guildId: string,
    level: VerificationLevel,
    reason: string,
  ): Promise<{ previous: VerificationLevel }>;

  /**
   * Pauses the guild's invites until `until` (epoch ms: nobody joins through an invite and
   * none can be created), or resumes them with null. Discord caps the pause at 24 hours from
   * now (`INVITE_PAUSE_MAX_MS`); a longer pause has to be re-applied.
   * @param guildId - the guild
   * @param until - epoch ms in the next 24 hours, or null
   * @param reason - written to the guild's audit log
   * @throws InvalidRequest, before any request, for a time not in the next 24 hours
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions
   */
  pauseInvites(guildId: string, until: number | null, reason: string): Promise<void>;

  /**
   * The guild's invites with their use counts (invite tracking for referrals).
   * @param guildId - the guild
   * @see https://discord.com/developers/docs/resources/guild#get-guild-invites
   */
  listInvites(guildId: string): Promise<InviteSnapshot[]>;
}

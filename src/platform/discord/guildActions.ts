import { ChannelType, Routes, type REST } from 'discord.js';
import { z } from 'zod';
import { PlatformRuleError } from '../../core/errors.js';
import type { ChannelSnapshot, ChannelSpec, GuildSnapshot, RoleSnapshot, RoleSpec, ThreadSpec } from '../Platform.js';
import { parseChannelSnapshot, toChannelBody } from './channelSnapshot.js';
import { GUILDHALL_AUDIT_REASON } from './auditLogReason.js';
import { highestRolePosition, parseRoleSnapshot, toRoleBody } from './roleSnapshot.js';

const apiGuild = z.object({
  id: z.string(),
  name: z.string(),
  owner_id: z.string(),
  roles: z.array(z.unknown()).default([]),
  // Present because the request asks `with_counts=true`.
  approximate_member_count: z.number(),
});
const memberRoles = z.object({ roles: z.array(z.string()).default([]) });

/**
 * Reads a guild with its approximate member count, its channels and the bot's member (Get
 * Guild `with_counts=true`, Get Guild Channels, Get Guild Member) and works out the bot's
 * highest role position: Discord only lets it manage roles below that.
 * @param rest - discord.js REST client
 * @param guildId - the guild
 * @param botUserId - the bot's user id
 * @see https://discord.com/developers/docs/resources/guild#get-guild
 * @see https://discord.com/developers/docs/topics/permissions#permission-hierarchy
 */
export async function fetchGuild(rest: REST, guildId: string, botUserId: string): Promise<GuildSnapshot> {
  const [guildData, channelData, botData] = await Promise.all([
    rest.get(Routes.guild(guildId), { query: new URLSearchParams({ with_counts: 'true' }) }),
    rest.get(Routes.guildChannels(guildId)),
    rest.get(Routes.guildMember(guildId, botUserId)),
  ]);
  const guild = apiGuild.parse(guildData);
  const roles = guild.roles.map(parseRoleSnapshot);
  const channels = z
    .array(z.unknown())
    .parse(channelData)
    .map(parseChannelSnapshot)
    .filter((channel) => channel !== null);
  return {
    id: guild.id,
    name: guild.name,
    ownerId: guild.owner_id,
    channels,
    roles,
    botHighestRolePosition: highestRolePosition(roles, new Set(memberRoles.parse(botData).roles)),
    memberCount: guild.approximate_member_count,
  };
}

/**
 * Creates a channel or category (Create Guild Channel).
 * @param rest - discord.js REST client
 * @param guildId - the guild
 * @param spec - the channel
 * @see https://discord.com/developers/docs/resources/guild#create-guild-channel
 */
export async function createChannel(rest: REST, guildId: string, spec: ChannelSpec): Promise<ChannelSnapshot> {
  const body = toChannelBody(spec);
  return channelOrThrow(await rest.post(Routes.guildChannels(guildId), { body, reason: GUILDHALL_AUDIT_REASON }));
}

/**
 * Changes a channel (Modify Channel) with only the given fields.
 * @param rest - discord.js REST client
 * @param channelId - the channel
 * @param patch - fields to change
 * @see https://discord.com/developers/docs/resources/channel#modify-channel
 */
export async function editChannel(
  rest: REST,
  channelId: string,
  patch: Partial<ChannelSpec>,
): Promise<ChannelSnapshot> {
  const body = toChannelBody(patch);
  return channelOrThrow(await rest.patch(Routes.channel(channelId), { body, reason: GUILDHALL_AUDIT_REASON }));
}

/** A role Guildhall wrote, with every role Discord returned along with it. */
export interface RoleWrite {
  role: RoleSnapshot;
  /** After a move, all of the guild's roles (Modify Guild Role Positions returns them); else `[role]`. */
  returned: RoleSnapshot[];
}

/**
 * Creates a role (Create Guild Role), then moves it when a position is asked for.
 * @param rest - discord.js REST client
 * @param guildId - the guild
 * @param spec - the role
 * @see https://discord.com/developers/docs/resources/guild#create-guild-role
 */
export async function createRole(rest: REST, guildId: string, spec: RoleSpec): Promise<RoleWrite> {
  const body = toRoleBody(spec);
  const role = parseRoleSnapshot(await rest.post(Routes.guildRoles(guildId), { body, reason: GUILDHALL_AUDIT_REASON }));
  return spec.position === undefined ? { role, returned: [role] } : moveRole(rest, guildId, role.id, spec.position);
}

/**
 * Changes a role (Modify Guild Role), and its position (Modify Guild Role Positions).
 * @param rest - discord.js REST client
 * @param guildId - the guild
 * @param roleId - the role
 * @param patch - fields to change
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-role
 */
export async function editRole(
  rest: REST,
  guildId: string,
  roleId: string,
  patch: Partial<RoleSpec>,
): Promise<RoleWrite> {
  const body = toRoleBody(patch);
  const role = parseRoleSnapshot(
    await rest.patch(Routes.guildRole(guildId, roleId), { body, reason: GUILDHALL_AUDIT_REASON }),
  );
  return patch.position === undefined ? { role, returned: [role] } : moveRole(rest, guildId, roleId, patch.position);
}

/** @see https://discord.com/developers/docs/resources/guild#modify-guild-role-positions */
async function moveRole(rest: REST, guildId: string, roleId: string, position: number): Promise<RoleWrite> {
  const roles = z
    .array(z.unknown())
    .parse(
      await rest.patch(Routes.guildRoles(guildId), {
        body: [{ id: roleId, position }],
        reason: GUILDHALL_AUDIT_REASON,
      }),
    )
    .map(parseRoleSnapshot);
  const moved = roles.find((role) => role.id === roleId);
  if (moved === undefined) throw new Error(`Discord did not return role ${roleId} after moving it`);
  return { role: moved, returned: roles };
}

/**
 * Starts a thread: from a message (Start Thread from Message) or on its own (Start Thread
 * without Message, public or private).
 * @param rest - discord.js REST client
 * @param channelId - the parent channel
 * @param spec - name, source message, privacy, auto-archive
 * @throws PlatformRuleError for a private thread from a message (Discord makes those public)
 * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message
 * @see https://discord.com/developers/docs/resources/channel#start-thread-without-message
 */
export async function createThread(rest: REST, channelId: string, spec: ThreadSpec): Promise<ChannelSnapshot> {
  const auto_archive_duration = spec.autoArchiveMinutes ?? 1440;
  const options = { reason: GUILDHALL_AUDIT_REASON };
  if (spec.messageId !== undefined) {
    if (spec.private === true) throw new PlatformRuleError('a thread started from a message is always public');
    const body = { name: spec.name, auto_archive_duration };
    return channelOrThrow(await rest.post(Routes.threads(channelId, spec.messageId), { ...options, body }));
  }
  const type = spec.private === true ? ChannelType.PrivateThread : ChannelType.PublicThread;
  const body = { name: spec.name, auto_archive_duration, type };
  return channelOrThrow(await rest.post(Routes.threads(channelId), { ...options, body }));
}

function channelOrThrow(data: unknown): ChannelSnapshot {
  const channel = parseChannelSnapshot(data);
  if (channel === null) throw new Error('Discord returned a channel of a type Guildhall does not manage');
  return channel;
}

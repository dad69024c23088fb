import { ChannelType, Routes, type REST } from 'discord.js';
import { z } from 'zod';
import { PlatformRuleError } from '../../core/errors.js';
import type { ChannelSnapshot, GuildSnapshot, ThreadSpec } from '../Platform.js';
import { GUILDHALL_AUDIT_REASON } from './auditLogReason.js';
import { parseChannelSnapshot, requireChannelSnapshot } from './channelSnapshot.js';
import { highestRolePosition, parseRoleSnapshot } from './roleSnapshot.js';

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
    return requireChannelSnapshot(await rest.post(Routes.threads(channelId, spec.messageId), { ...options, body }));
  }
  const type = spec.private === true ? ChannelType.PrivateThread : ChannelType.PublicThread;
  const body = { name: spec.name, auto_archive_duration, type };
  return requireChannelSnapshot(await rest.post(Routes.threads(channelId), { ...options, body }));
}

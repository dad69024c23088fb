import { ChannelType, Routes } from 'discord.js';
import { z } from 'zod';
import { InvalidRequest } from '../PlatformError.js';
import { assertInvitePause } from '../invitePauseLimits.js';
import {
  VERIFICATION_LEVELS,
  type ChannelSnapshot,
  type GuildSnapshot,
  type ThreadSpec,
  type VerificationLevel,
} from '../Platform.js';
import { auditLogReason, GUILDHALL_AUDIT_REASON } from './auditLogReason.js';
import { parseChannelSnapshot, requireChannelSnapshot } from './channelSnapshot.js';
import { highestRolePosition, parseRoleSnapshot } from './roleSnapshot.js';
import type { PlatformRest } from './platformRest.js';

const apiGuild = z.object({
  id: z.string(),
  name: z.string(),
  owner_id: z.string(),
  // Both checked by `incompleteGuild`, for a message that says what is missing.
  roles: z.array(z.unknown()).optional(),
  verification_level: z.number().int(),
  // Present because the request asks `with_counts=true`.
  approximate_member_count: z.number().optional(),
});

/**
 * The server answered Get Guild without something every Discord answer has: the guild's
 * `roles` (at least @everyone), or `approximate_member_count` although the request asked
 * `with_counts=true`. Guildhall cannot work out the role hierarchy (or the member count)
 * without them, so it stops here rather than read a guild with no roles, in which the bot
 * would seem to lack every permission.
 */
export class IncompleteGuildError extends Error {
  override readonly name = 'IncompleteGuildError';
}

/**
 * Why a Get Guild answer cannot be used, or null when it has what Guildhall reads.
 * @param guild - the parsed answer
 */
function incompleteGuild(guild: z.infer<typeof apiGuild>): string | null {
  const request = `Get Guild (GET /guilds/${guild.id}?with_counts=true)`;
  if (guild.roles === undefined) {
    return `the server answered ${request} without "roles": Guildhall needs the guild's roles to know which exist and where the bot's role stands (a Discord-compatible server must send them)`;
  }
  if (guild.roles.length === 0) {
    return `the server answered ${request} with an empty "roles" list: every guild has at least @everyone, so the answer is incomplete`;
  }
  if (guild.approximate_member_count === undefined) {
    return `the server answered ${request} without "approximate_member_count" although the request asked for counts (with_counts=true): a Discord-compatible server must send it`;
  }
  return null;
}
const memberRoles = z.object({ roles: z.array(z.string()).default([]) });

/**
 * Reads a guild with its approximate member count, its channels and the bot's member (Get
 * Guild `with_counts=true`, Get Guild Channels, Get Guild Member) and works out the bot's
 * highest role position: Discord only lets it manage roles below that.
 * @throws IncompleteGuildError when Get Guild comes back without roles or counts
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param botUserId - the bot's user id
 * @see https://discord.com/developers/docs/resources/guild#get-guild
 * @see https://discord.com/developers/docs/topics/permissions#permission-hierarchy
 */
export async function fetchGuild(rest: PlatformRest, guildId: string, botUserId: string): Promise<GuildSnapshot> {
  const [guildData, channelData, botData] = await Promise.all([
    rest.get(Routes.guild(guildId), { query: new URLSearchParams({ with_counts: 'true' }) }),
    rest.get(Routes.guildChannels(guildId)),
    rest.get(Routes.guildMember(guildId, botUserId)),
  ]);
  const guild = apiGuild.parse(guildData);
  const incomplete = incompleteGuild(guild);
  if (incomplete !== null) throw new IncompleteGuildError(incomplete);
  const roles = (guild.roles ?? []).map(parseRoleSnapshot);
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
    verificationLevel: verificationLevelName(guild.verification_level),
    memberCount: guild.approximate_member_count ?? 0,
  };
}

/**
 * Starts a thread: from a message (Start Thread from Message) or on its own (Start Thread
 * without Message, public or private).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param channelId - the parent channel
 * @param spec - name, source message, privacy, auto-archive
 * @throws InvalidRequest for a private thread from a message (Discord makes those public)
 * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message
 * @see https://discord.com/developers/docs/resources/channel#start-thread-without-message
 */
export async function createThread(rest: PlatformRest, channelId: string, spec: ThreadSpec): Promise<ChannelSnapshot> {
  const auto_archive_duration = spec.autoArchiveMinutes ?? 1440;
  const options = { reason: GUILDHALL_AUDIT_REASON };
  if (spec.messageId !== undefined) {
    if (spec.private === true) throw new InvalidRequest('a thread started from a message is always public');
    const body = { name: spec.name, auto_archive_duration };
    return requireChannelSnapshot(await rest.post(Routes.threads(channelId, spec.messageId), { ...options, body }));
  }
  const type = spec.private === true ? ChannelType.PrivateThread : ChannelType.PublicThread;
  const body = { name: spec.name, auto_archive_duration, type };
  return requireChannelSnapshot(await rest.post(Routes.threads(channelId), { ...options, body }));
}

const withVerificationLevel = z.object({ verification_level: z.number().int() });

/**
 * Discord's `verification_level` (0–4) as a name; an unknown (newer) level reads as the strictest.
 * @param value - the API's number
 */
export function verificationLevelName(value: number): VerificationLevel {
  return VERIFICATION_LEVELS[value] ?? 'very_high';
}

/**
 * Sets the guild's verification level (Modify Guild with `verification_level` only).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param level - the new level
 * @param reason - audit-log reason
 * @returns the level Discord answers the guild now has
 * @see https://discord.com/developers/docs/resources/guild#modify-guild
 */
export async function patchVerificationLevel(
  rest: PlatformRest,
  guildId: string,
  level: VerificationLevel,
  reason: string,
): Promise<VerificationLevel> {
  const body = { verification_level: VERIFICATION_LEVELS.indexOf(level) };
  const guild = await rest.patch(Routes.guild(guildId), { body, reason: auditLogReason(reason) });
  return verificationLevelName(withVerificationLevel.parse(guild).verification_level);
}

/**
 * Reads the guild's verification level over REST (Get Guild).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @see https://discord.com/developers/docs/resources/guild#get-guild
 */
export async function fetchVerificationLevel(rest: PlatformRest, guildId: string): Promise<VerificationLevel> {
  return verificationLevelName(withVerificationLevel.parse(await rest.get(Routes.guild(guildId))).verification_level);
}

/**
 * Pauses the guild's invites until `until`, or resumes them with null (Modify Guild Incident
 * Actions with `invites_disabled_until`). The endpoint is a PUT of both incident actions, so
 * a DM pause the community has running is sent back as it is (`dms_disabled_until`) rather
 * than left to Discord's reading of an omitted field; unknown (no gateway cache), it is omitted.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param until - epoch ms, at most 24 hours from `now`, or null
 * @param reason - audit-log reason
 * @param now - epoch ms, to refuse a pause Discord would refuse before any request
 * @param dmsPausedUntil - the DM pause in force (epoch ms), null for none, undefined when unknown
 * @throws InvalidRequest for a time not within the next 24 hours
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions
 */
export async function pauseInvites(
  rest: PlatformRest,
  guildId: string,
  until: number | null,
  reason: string,
  now: number,
  dmsPausedUntil?: number | null,
): Promise<void> {
  assertInvitePause(until, now);
  const body: { invites_disabled_until: string | null; dms_disabled_until?: string | null } = {
    invites_disabled_until: until === null ? null : new Date(until).toISOString(),
  };
  if (dmsPausedUntil !== undefined) {
    body.dms_disabled_until =
      dmsPausedUntil === null || dmsPausedUntil <= now ? null : new Date(dmsPausedUntil).toISOString();
  }
  await rest.put(Routes.guildIncidentActions(guildId), { body, reason: auditLogReason(reason) });
}

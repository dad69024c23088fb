import { RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Clock } from '../../core/Clock.js';
import { PlatformRuleError } from '../../core/errors.js';
import type { BanOptions, MemberSnapshot } from '../Platform.js';
import { auditLogReason } from './auditLogReason.js';
import { hasDiscordErrorCode } from './discordErrors.js';
import { gatewayUser } from './gatewaySchemas.js';
import { timestampMs } from './snowflakeTime.js';

/** Discord refuses a timeout ending more than 28 days from now. */
export const TIMEOUT_CAP_MS = 28 * 24 * 60 * 60 * 1000;
/** Discord deletes at most 7 days of a banned user's messages. */
export const BAN_DELETE_CAP_SECONDS = 7 * 24 * 60 * 60;

const apiMember = z.object({
  user: gatewayUser,
  nick: z.string().nullish(),
  roles: z.array(z.string()).default([]),
  joined_at: z.string().nullish(),
  communication_disabled_until: z.string().nullish(),
});

/**
 * Reads a member with Get Guild Member; null when they are not in the guild.
 * @param rest - discord.js REST client
 * @param guildId - the guild
 * @param userId - the member
 * @param now - epoch ms, to tell a running timeout from an expired one
 * @see https://discord.com/developers/docs/resources/guild#get-guild-member
 */
export async function fetchMember(
  rest: REST,
  guildId: string,
  userId: string,
  now: number,
): Promise<MemberSnapshot | null> {
  let data: unknown;
  try {
    data = await rest.get(Routes.guildMember(guildId, userId));
  } catch (error) {
    if (hasDiscordErrorCode(error, RESTJSONErrorCodes.UnknownMember, RESTJSONErrorCodes.UnknownUser)) return null;
    throw error;
  }
  const d = apiMember.parse(data);
  const username = d.user.username ?? d.user.id;
  const timeoutUntil = timestampMs(d.communication_disabled_until, 0);
  return {
    userId: d.user.id,
    username,
    displayName: d.nick ?? d.user.global_name ?? username,
    bot: d.user.bot ?? false,
    roles: d.roles,
    joinedAt: timestampMs(d.joined_at, 0),
    timeoutUntil: timeoutUntil > now ? timeoutUntil : null,
  };
}

/**
 * Sets or lifts a timeout (PATCH member `communication_disabled_until`).
 * @param rest - discord.js REST client
 * @param clock - the injected clock, for Discord's 28-day cap
 * @param target - guild and user
 * @param until - epoch ms, or null to lift the timeout
 * @param reason - audit-log reason
 * @throws PlatformRuleError, before any request, when `until` is more than 28 days ahead
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-member
 */
export async function timeoutMember(
  rest: REST,
  clock: Clock,
  target: { guildId: string; userId: string },
  until: number | null,
  reason: string,
): Promise<void> {
  if (until !== null && until - clock.now() > TIMEOUT_CAP_MS) {
    throw new PlatformRuleError('Discord caps a timeout at 28 days from now');
  }
  const communication_disabled_until = until === null ? null : new Date(until).toISOString();
  await rest.patch(Routes.guildMember(target.guildId, target.userId), {
    body: { communication_disabled_until },
    reason: auditLogReason(reason),
  });
}

/**
 * Bans a user (PUT ban with `delete_message_seconds`).
 * @param rest - discord.js REST client
 * @param guildId - the guild
 * @param userId - the user, member or not
 * @param options - reason and seconds of messages to delete
 * @throws PlatformRuleError, before any request, when more than 7 days of messages would be deleted
 * @see https://discord.com/developers/docs/resources/guild#create-guild-ban
 */
export async function banMember(rest: REST, guildId: string, userId: string, options: BanOptions): Promise<void> {
  const seconds = options.deleteMessageSeconds ?? 0;
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > BAN_DELETE_CAP_SECONDS) {
    throw new PlatformRuleError(`a ban deletes 0–${BAN_DELETE_CAP_SECONDS} seconds of messages, not ${seconds}`);
  }
  await rest.put(Routes.guildBan(guildId, userId), {
    body: { delete_message_seconds: seconds },
    reason: auditLogReason(options.reason),
  });
}

import { Routes } from 'discord.js';
import type { Clock } from '../../core/Clock.js';
import { BAN_DELETE_CAP_SECONDS, TIMEOUT_CAP_MS } from '../discordLimits.js';
import type { BanOptions, MemberSnapshot } from '../Platform.js';
import { InvalidRequest, isNotFound } from '../PlatformError.js';
import { auditLogReason } from './auditLogReason.js';
import { parseMemberSnapshot } from './memberSnapshot.js';
import type { PlatformRest } from './platformRest.js';

export { BAN_DELETE_CAP_SECONDS, TIMEOUT_CAP_MS } from '../discordLimits.js';

/**
 * Reads a member with Get Guild Member; null when they are not in the guild (Unknown Member
 * or Unknown User). The timeout is as Discord stores it (see `withCurrentTimeout`).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param userId - the member
 * @throws NotFound (`guild`) for an unknown guild
 * @see https://discord.com/developers/docs/resources/guild#get-guild-member
 */
export async function fetchMember(rest: PlatformRest, guildId: string, userId: string): Promise<MemberSnapshot | null> {
  let data: unknown;
  try {
    data = await rest.get(Routes.guildMember(guildId, userId));
  } catch (error) {
    if (isNotFound(error, 'member') || isNotFound(error, 'user')) return null;
    throw error;
  }
  const member = parseMemberSnapshot(data);
  if (member === null) throw new Error(`Get Guild Member answered no user for ${userId}`);
  return member;
}

/**
 * Sets or lifts a timeout (PATCH member `communication_disabled_until`).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param clock - the injected clock, for Discord's 28-day cap
 * @param target - guild and user
 * @param until - epoch ms, or null to lift the timeout
 * @param reason - audit-log reason
 * @throws InvalidRequest, before any request, when `until` is more than 28 days ahead
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-member
 */
export async function timeoutMember(
  rest: PlatformRest,
  clock: Clock,
  target: { guildId: string; userId: string },
  until: number | null,
  reason: string,
): Promise<void> {
  if (until !== null && until - clock.now() > TIMEOUT_CAP_MS) {
    throw new InvalidRequest('Discord caps a timeout at 28 days from now');
  }
  const communication_disabled_until = until === null ? null : new Date(until).toISOString();
  await rest.patch(Routes.guildMember(target.guildId, target.userId), {
    body: { communication_disabled_until },
    reason: auditLogReason(reason),
  });
}

/**
 * Bans a user (PUT ban with `delete_message_seconds`).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param userId - the user, member or not
 * @param options - reason and seconds of messages to delete
 * @throws InvalidRequest, before any request, when more than 7 days of messages would be deleted
 * @see https://discord.com/developers/docs/resources/guild#create-guild-ban
 */
export async function banMember(
  rest: PlatformRest,
  guildId: string,
  userId: string,
  options: BanOptions,
): Promise<void> {
  const seconds = options.deleteMessageSeconds ?? 0;
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > BAN_DELETE_CAP_SECONDS) {
    throw new InvalidRequest(`a ban deletes 0–${BAN_DELETE_CAP_SECONDS} seconds of messages, not ${seconds}`);
  }
  await rest.put(Routes.guildBan(guildId, userId), {
    body: { delete_message_seconds: seconds },
    reason: auditLogReason(options.reason),
  });
}

import { z } from 'zod';
import type { MemberSnapshot } from '../Platform.js';
import { gatewayUser, type GatewayUser } from './gatewaySchemas.js';
import { timestampMs } from './snowflakeTime.js';

/**
 * A guild member object as Get Guild Member answers it and as the gateway sends it
 * (GUILD_CREATE's members, GUILD_MEMBER_ADD/UPDATE, the member of a message or an
 * interaction). Fields partial payloads leave out are optional.
 * @see https://discord.com/developers/docs/resources/guild#guild-member-object
 */
export const memberPayload = z.object({
  user: gatewayUser.optional(),
  nick: z.string().nullish(),
  roles: z.array(z.string()).optional(),
  joined_at: z.string().nullish(),
  communication_disabled_until: z.string().nullish(),
  pending: z.boolean().optional(),
});

/** A member object as {@link memberPayload} reads it. */
export type MemberPayload = z.infer<typeof memberPayload>;

/**
 * A member snapshot from a member object, with `timeoutUntil` as Discord stores it (possibly
 * past: see {@link withCurrentTimeout}). Fields the payload leaves out are taken from
 * `previous` (a message's member has no user and may omit the timeout).
 * @param data - the member object
 * @param previous - what was known of the member before, or null
 * @param user - the user when the member object has none (a message's `author`)
 * @returns null when the payload names no user, or has no roles and nothing was known
 */
export function parseMemberSnapshot(
  data: unknown,
  previous: MemberSnapshot | null = null,
  user?: GatewayUser,
): MemberSnapshot | null {
  return memberSnapshotOf(memberPayload.parse(data), previous, user);
}

/**
 * {@link parseMemberSnapshot} of a member object already read.
 * @param d - the member object, read by {@link memberPayload}
 * @param previous - what was known of the member before, or null
 * @param user - the user when the member object has none
 */
export function memberSnapshotOf(
  d: MemberPayload,
  previous: MemberSnapshot | null,
  user?: GatewayUser,
): MemberSnapshot | null {
  const u = d.user ?? user;
  const roles = d.roles ?? previous?.roles;
  if (u === undefined || roles === undefined) return null;
  const username = u.username ?? previous?.username ?? u.id;
  const named = u.global_name ?? username;
  const displayName = d.nick === undefined ? (previous?.displayName ?? named) : (d.nick ?? named);
  const until = d.communication_disabled_until;
  return {
    userId: u.id,
    username,
    displayName,
    bot: u.bot ?? previous?.bot ?? false,
    roles: [...roles],
    joinedAt: timestampMs(d.joined_at, previous?.joinedAt ?? 0),
    timeoutUntil:
      until === undefined ? (previous?.timeoutUntil ?? null) : until === null ? null : timestampMs(until, 0),
  };
}

/**
 * A copy of `member` whose timeout is null once it has ended.
 * @param member - a snapshot with the stored timeout end
 * @param now - epoch ms
 */
export function withCurrentTimeout(member: MemberSnapshot, now: number): MemberSnapshot {
  const until = member.timeoutUntil;
  return { ...member, roles: [...member.roles], timeoutUntil: until !== null && until > now ? until : null };
}

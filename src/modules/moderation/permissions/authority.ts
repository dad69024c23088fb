import type { GuildSnapshot, MemberSnapshot } from '../../../platform/Platform.js';
import type { ModerationPlaces } from '../guild/ModerationPlaces.js';

/** Who runs a command: their id and role ids (from the interaction). */
export interface Invoker {
  userId: string;
  memberRoles: readonly string[];
}

/** Which configured roles may do something. */
export type Authority = 'moderator' | 'admin';

/**
 * True when the invoker may act with this authority: the server owner, or a member with one
 * of the configured moderator (or admin) roles.
 * @param places - the resolved roles
 * @param invoker - who runs the command
 * @param authority - moderator or admin
 */
export function hasAuthority(places: ModerationPlaces, invoker: Invoker, authority: Authority): boolean {
  if (invoker.userId === places.guild.ownerId) return true;
  const roles = authority === 'admin' ? places.adminRoleIds : places.moderatorRoleIds;
  return invoker.memberRoles.some((r) => roles.has(r));
}

/**
 * The position of the highest of some roles (0, @everyone, when none).
 * @param guild - the roles and their positions
 * @param roleIds - a member's role ids
 */
export function highestRolePosition(guild: GuildSnapshot, roleIds: readonly string[]): number {
  let top = 0;
  for (const role of guild.roles) if (roleIds.includes(role.id) && role.position > top) top = role.position;
  return top;
}

/** Why a target may not be moderated, or null when they may. */
export type TargetCheck = { ok: true; target: MemberSnapshot | null } | { ok: false; reason: string };

/**
 * Refuses to act on oneself, the owner, or a member whose highest role is at or above the
 * moderator's or the bot's (Discord's role hierarchy, checked before any request so the
 * moderator gets a clear answer).
 * @param places - the guild
 * @param invoker - the moderator
 * @param targetId - the member acted on
 * @param target - the member, or null when not in the server
 * @see https://discord.com/developers/docs/topics/permissions#permission-hierarchy
 */
export function checkTarget(
  places: ModerationPlaces,
  invoker: Invoker,
  targetId: string,
  target: MemberSnapshot | null,
): TargetCheck {
  const { guild } = places;
  if (targetId === invoker.userId) return { ok: false, reason: 'You cannot moderate yourself.' };
  if (targetId === guild.ownerId) return { ok: false, reason: 'The server owner cannot be moderated.' };
  if (target === null) return { ok: true, target };
  const theirs = highestRolePosition(guild, target.roles);
  const role = (position: number): string =>
    guild.roles.find((r) => r.position === position)?.name ?? `position ${position}`;
  if (invoker.userId !== guild.ownerId) {
    const mine = highestRolePosition(guild, invoker.memberRoles);
    if (theirs >= mine) {
      return {
        ok: false,
        reason: `You cannot moderate <@${targetId}>: their highest role (${role(theirs)}) is at or above yours (${role(mine)}).`,
      };
    }
  }
  if (theirs >= guild.botHighestRolePosition) {
    return {
      ok: false,
      reason: `Guildhall cannot moderate <@${targetId}>: their highest role (${role(theirs)}) is at or above Guildhall's (${role(guild.botHighestRolePosition)}).`,
    };
  }
  return { ok: true, target };
}

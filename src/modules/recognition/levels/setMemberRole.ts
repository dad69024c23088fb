import { errorMessage } from '../../../core/errors.js';
import type { GuildSnapshot, MemberSnapshot } from '../../../platform/Platform.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/** What happened to one role. */
export type RoleChange = 'added' | 'removed' | 'unchanged' | { problem: string };

/**
 * Gives a member a role (by name) or takes it away, only when that changes something. A
 * role that is missing, managed by an integration, or at or above Guildhall's highest role
 * is never requested: it is logged as an error naming the fix, and reported, not thrown
 * (so a job or handler is not retried in a loop). A refused request is logged the same way.
 * @see https://discord.com/developers/docs/topics/permissions#permission-hierarchy
 * @param ctx - module context
 * @param guild - the guild (roles and the bot's highest position)
 * @param member - the member with their current roles
 * @param roleName - the role's name
 * @param present - whether the member should have it
 * @param reason - audit log reason
 */
export async function setMemberRole(
  ctx: RecognitionContext,
  guild: GuildSnapshot,
  member: MemberSnapshot,
  roleName: string,
  present: boolean,
  reason: string,
): Promise<RoleChange> {
  const role = guild.roles.find((r) => r.name === roleName);
  const context = { guildId: guild.id, userId: member.userId, role: roleName };
  if (role === undefined) {
    if (!present) return 'unchanged';
    ctx.log.error(context, `role "${roleName}" does not exist: create it or fix community.yaml (recognition)`);
    return { problem: `role "${roleName}" does not exist` };
  }
  if (member.roles.includes(role.id) === present) return 'unchanged';
  if (role.managed || role.position >= guild.botHighestRolePosition) {
    const why = role.managed
      ? 'it is managed by an integration'
      : `it is at or above Guildhall's highest role (position ${role.position} ≥ ${guild.botHighestRolePosition}); move Guildhall's role above it in Server Settings → Roles`;
    ctx.log.error({ ...context, roleId: role.id }, `cannot ${present ? 'grant' : 'remove'} role "${roleName}": ${why}`);
    return { problem: `role "${roleName}": ${why}` };
  }
  try {
    if (present) await ctx.platform.addRole(guild.id, member.userId, role.id, reason);
    else await ctx.platform.removeRole(guild.id, member.userId, role.id, reason);
    return present ? 'added' : 'removed';
  } catch (error) {
    ctx.log.error({ ...context, err: error }, `could not ${present ? 'grant' : 'remove'} role "${roleName}"`);
    return { problem: `role "${roleName}": ${errorMessage(error)}` };
  }
}

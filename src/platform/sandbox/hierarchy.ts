import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden } from '../PlatformError.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxRoleTable } from './SandboxTables.js';
import { highestRolePosition, type MemberRow } from './memberQueries.js';

/** Position of the bot's highest role: it manages only roles and members below it. */
export async function botHighestPosition(ctx: SandboxContext): Promise<number> {
  const guild = await ctx.guild();
  return highestRolePosition(ctx.db, guild.botUserId);
}

/**
 * Refuses to give, take or edit a role the bot may not manage: one at or above its own
 * highest role, or an integration-managed role.
 * @param role - the role acted on
 * @param action - e.g. "add", "edit"
 * @see https://discord.com/developers/docs/topics/permissions#permission-hierarchy
 * @throws Forbidden (Missing Permissions)
 */
export async function assertBotCanManageRole(
  ctx: SandboxContext,
  role: SandboxRoleTable,
  action: string,
): Promise<void> {
  const top = await botHighestPosition(ctx);
  if (role.position >= top) {
    throw new Forbidden(
      `Missing Permissions: cannot ${action} role "${role.name}" (position ${role.position}): it is at or above the bot's highest role (position ${top})`,
      DISCORD_ERROR_CODES.missingPermissions,
    );
  }
  if (role.managed === 1) {
    throw new Forbidden(
      `Missing Permissions: role "${role.name}" is managed by an integration`,
      DISCORD_ERROR_CODES.missingPermissions,
    );
  }
}

/**
 * Refuses to put a role at or above the bot's highest role. A new role inserted at the
 * bot's own position lands just below it (the bot's role moves up), so creating there is
 * allowed; moving an existing role there is not.
 * @param position - the requested position
 * @param how - `create` a new role or `move` an existing one
 * @throws Forbidden (Missing Permissions)
 */
export async function assertBotCanPlaceRole(
  ctx: SandboxContext,
  position: number,
  how: 'create' | 'move',
): Promise<void> {
  const top = await botHighestPosition(ctx);
  if (how === 'create' ? position > top : position >= top) {
    throw new Forbidden(
      `Missing Permissions: cannot ${how === 'create' ? 'create' : 'move'} a role at position ${position}: at or above the bot's highest role (position ${top})`,
      DISCORD_ERROR_CODES.missingPermissions,
    );
  }
}

/**
 * Refuses to time out, kick or ban the owner, the bot itself, or a member whose highest
 * role is at or above the bot's.
 * @param member - the target
 * @param action - e.g. "kick"
 * @throws Forbidden (Missing Permissions)
 */
export async function assertBotCanModerate(ctx: SandboxContext, member: MemberRow, action: string): Promise<void> {
  const guild = await ctx.guild();
  if (member.user_id === guild.ownerId) {
    throw new Forbidden(
      `Missing Permissions: cannot ${action} the guild owner (${member.username})`,
      DISCORD_ERROR_CODES.missingPermissions,
    );
  }
  if (member.user_id === guild.botUserId)
    throw new Forbidden(`Missing Permissions: the bot cannot ${action} itself`, DISCORD_ERROR_CODES.missingPermissions);
  const [top, theirs] = await Promise.all([botHighestPosition(ctx), highestRolePosition(ctx.db, member.user_id)]);
  if (theirs >= top) {
    throw new Forbidden(
      `Missing Permissions: cannot ${action} ${member.username}: their highest role (position ${theirs}) is at or above the bot's (position ${top})`,
      DISCORD_ERROR_CODES.missingPermissions,
    );
  }
}

import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden, InvalidRequest } from '../PlatformError.js';
import type { SandboxContext } from './SandboxContext.js';
import { requireRole } from './guildQueries.js';
import { assertBotCanManageRole } from './hierarchy.js';
import { memberRoleIds, requireMemberRow } from './memberQueries.js';

/** Who changes a member's roles: the bot is bound by the role hierarchy, the owner is not. */
export type RoleChanger = 'bot' | 'owner';

/**
 * Gives or takes a role and, when that changed anything, emits `member.updated` with the
 * roles before and after (like Discord's GUILD_MEMBER_UPDATE). Returns whether it changed.
 * @param ctx - sandbox context
 * @param change - member, role, add or remove, and who does it
 * @throws SandboxNotFoundError for an unknown member or role
 * @throws InvalidRequest for @everyone; Forbidden for a managed role, or (for the bot) a role at or above its own
 */
export async function changeMemberRole(
  ctx: SandboxContext,
  change: { userId: string; roleId: string; op: 'add' | 'remove'; by: RoleChanger },
): Promise<boolean> {
  const { userId, roleId, op } = change;
  const member = await requireMemberRow(ctx.db, userId);
  const role = await requireRole(ctx.db, roleId);
  const guild = await ctx.guild();
  if (role.id === guild.id) throw new InvalidRequest('@everyone is not a role a member can be given or lose');
  if (change.by === 'bot') await assertBotCanManageRole(ctx, role, op);
  else if (role.managed === 1)
    throw new Forbidden(`role "${role.name}" is managed by an integration`, DISCORD_ERROR_CODES.missingPermissions);
  const previous = await memberRoleIds(ctx.db, userId);
  const had = previous.includes(roleId);
  if ((op === 'add' && had) || (op === 'remove' && !had)) return false;
  if (op === 'add') {
    await ctx.db
      .insertInto('sandbox_member_roles')
      .values({ user_id: userId, role_id: roleId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await ctx.db
      .deleteFrom('sandbox_member_roles')
      .where('user_id', '=', userId)
      .where('role_id', '=', roleId)
      .execute();
  }
  const roles = await memberRoleIds(ctx.db, userId);
  const changeId = await ctx.nextId();
  await ctx.emit('member.updated', `${userId}:${changeId}`, {
    userId,
    roles,
    previousRoles: previous,
    // No `pending`: the sandbox has no membership screening to report on.
    nickname: member.nickname,
  });
  return true;
}

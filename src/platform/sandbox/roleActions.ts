import { unsafeNameReason } from '../../config/safeName.js';
import { ROLE_LIMITS } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { InvalidRequest } from '../PlatformError.js';
import type { RoleSnapshot, RoleSpec } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { DEFAULT_AUDIT_REASON, recordAudit } from './auditLog.js';
import { requireGuild, requireRole } from './guildQueries.js';
import { assertBotCanManageRole, assertBotCanPlaceRole } from './hierarchy.js';
import { placeRoles } from './rolePositions.js';
import { flag, toRoleSnapshot } from './sandboxRows.js';

/** Discord allows 250 roles per guild. */
export const ROLE_LIMIT = ROLE_LIMITS.perGuild;

/**
 * Checks a role name: 1–100 characters, no control or bidi formatting characters.
 * @throws InvalidRequest naming the broken rule
 */
function assertRoleName(name: string): void {
  if (name.length < 1 || name.length > ROLE_LIMITS.name)
    throw new InvalidRequest(`a role name must be 1–${ROLE_LIMITS.name} characters`);
  const unsafe = unsafeNameReason(name);
  if (unsafe !== null) throw new InvalidRequest(`a role name ${unsafe}`);
}

/**
 * Creates a role; Discord puts a new role at position 1 unless told otherwise.
 * @param by - the bot may not place it at or above its own highest role; the owner may
 * @param reason - recorded in the audit log when the bot creates it
 * @throws InvalidRequest past 250 roles, for an empty name or one with control or bidi
 *   formatting characters; Forbidden above the bot
 */
export async function createRole(
  ctx: SandboxContext,
  spec: RoleSpec,
  by: 'bot' | 'owner',
  reason: string = DEFAULT_AUDIT_REASON,
): Promise<RoleSnapshot> {
  assertRoleName(spec.name);
  const count = await ctx.db
    .selectFrom('sandbox_roles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  if ((count?.n ?? 0) >= ROLE_LIMIT)
    throw new InvalidRequest(
      `Maximum number of guild roles reached (${ROLE_LIMIT})`,
      DISCORD_ERROR_CODES.maximumGuildRoles,
    );
  const position = Math.max(1, spec.position ?? 1);
  if (by === 'bot') await assertBotCanPlaceRole(ctx, position, 'create');
  const id = await ctx.nextId();
  await ctx.db
    .insertInto('sandbox_roles')
    .values({
      id,
      name: spec.name,
      color: spec.color ?? 0,
      hoist: flag(spec.hoist),
      mentionable: flag(spec.mentionable),
      permissions: spec.permissions ?? '0',
      position: 0,
      managed: 0,
    })
    .execute();
  await placeRoles(ctx.db, new Map([[id, position]]));
  if (by === 'bot') await recordAudit(ctx, 'role_create', id, reason);
  return toRoleSnapshot(await requireRole(ctx.db, id));
}

/**
 * Changes a role as the bot, which may only edit roles below its highest and not move a
 * role up to or above it; @everyone cannot move.
 * @param reason - recorded in the audit log
 * @throws SandboxNotFoundError for an unknown role
 * @throws Forbidden (Missing Permissions)
 */
export async function editRole(
  ctx: SandboxContext,
  roleId: string,
  patch: Partial<RoleSpec>,
  reason: string,
): Promise<RoleSnapshot> {
  const role = await requireRole(ctx.db, roleId);
  await assertBotCanManageRole(ctx, role, 'edit');
  const guild = await ctx.guild();
  if (patch.position !== undefined && role.id === guild.id)
    throw new InvalidRequest('@everyone always stays at position 0');
  if (patch.position !== undefined) await assertBotCanPlaceRole(ctx, patch.position, 'move');
  if (patch.name !== undefined) assertRoleName(patch.name);
  await ctx.db
    .updateTable('sandbox_roles')
    .set({
      name: patch.name ?? role.name,
      color: patch.color ?? role.color,
      hoist: patch.hoist === undefined ? role.hoist : flag(patch.hoist),
      mentionable: patch.mentionable === undefined ? role.mentionable : flag(patch.mentionable),
      permissions: patch.permissions ?? role.permissions,
    })
    .where('id', '=', roleId)
    .execute();
  if (patch.position !== undefined && patch.position !== role.position) {
    await placeRoles(ctx.db, new Map([[roleId, patch.position]]));
  }
  await recordAudit(ctx, 'role_update', roleId, reason);
  return toRoleSnapshot(await requireRole(ctx.db, roleId));
}

/**
 * Deletes a role as the bot, which may only delete roles below its highest; @everyone and
 * integration-managed roles cannot be deleted. Members lose it without a `member.updated`
 * (Discord sends only GUILD_ROLE_DELETE); the roles above move down to keep positions
 * contiguous. Channel overwrites naming it stay, as on Discord.
 * @param guildId - the guild
 * @param roleId - the role
 * @param reason - recorded in the audit log
 * @throws SandboxNotFoundError for an unknown role
 * @throws InvalidRequest for @everyone; Forbidden (Missing Permissions)
 * @see https://discord.com/developers/docs/resources/guild#delete-guild-role
 */
export async function deleteRole(ctx: SandboxContext, guildId: string, roleId: string, reason: string): Promise<void> {
  const guild = await requireGuild(ctx, guildId);
  const role = await requireRole(ctx.db, roleId);
  if (role.id === guild.id) throw new InvalidRequest('@everyone cannot be deleted');
  await assertBotCanManageRole(ctx, role, 'delete');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sandbox_member_roles').where('role_id', '=', roleId).execute();
    await trx.deleteFrom('sandbox_roles').where('id', '=', roleId).execute();
  });
  await placeRoles(ctx.db, new Map());
  await recordAudit(ctx, 'role_delete', roleId, reason);
}

import { PlatformRuleError } from '../../core/errors.js';
import type { RoleSnapshot, RoleSpec } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxDatabase } from './SandboxTables.js';
import { requireRole } from './guildQueries.js';
import { assertBotCanManageRole, assertBotCanPlaceRole } from './hierarchy.js';
import { flag, toRoleSnapshot } from './sandboxRows.js';

/** Discord allows 250 roles per guild. */
export const ROLE_LIMIT = 250;

/**
 * Moves a role to `position` (1 = just above @everyone), renumbering the others 1…n so
 * positions stay unique, as Discord does.
 */
async function placeRole(db: SandboxDatabase, roleId: string, position: number): Promise<void> {
  const rows = await db
    .selectFrom('sandbox_roles')
    .select(['id'])
    .where('position', '>', 0)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const order = rows.map((r) => r.id).filter((id) => id !== roleId);
  order.splice(Math.min(Math.max(position, 1), order.length + 1) - 1, 0, roleId);
  await db.transaction().execute(async (trx) => {
    for (const [index, id] of order.entries()) {
      await trx
        .updateTable('sandbox_roles')
        .set({ position: index + 1 })
        .where('id', '=', id)
        .execute();
    }
  });
}

/**
 * Creates a role; Discord puts a new role at position 1 unless told otherwise.
 * @param by - the bot may not place it at or above its own highest role; the owner may
 * @throws PlatformRuleError past 250 roles, for an empty name, or above the bot
 */
export async function createRole(ctx: SandboxContext, spec: RoleSpec, by: 'bot' | 'owner'): Promise<RoleSnapshot> {
  if (spec.name.length < 1 || spec.name.length > 100)
    throw new PlatformRuleError('a role name must be 1–100 characters');
  const count = await ctx.db
    .selectFrom('sandbox_roles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  if ((count?.n ?? 0) >= ROLE_LIMIT)
    throw new PlatformRuleError(`Maximum number of guild roles reached (${ROLE_LIMIT})`);
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
  await placeRole(ctx.db, id, position);
  return toRoleSnapshot(await requireRole(ctx.db, id));
}

/**
 * Changes a role as the bot, which may only edit roles below its highest and not move a
 * role up to or above it; @everyone cannot move.
 * @throws SandboxNotFoundError for an unknown role
 * @throws PlatformRuleError mentioning Missing Permissions
 */
export async function editRole(ctx: SandboxContext, roleId: string, patch: Partial<RoleSpec>): Promise<RoleSnapshot> {
  const role = await requireRole(ctx.db, roleId);
  await assertBotCanManageRole(ctx, role, 'edit');
  const guild = await ctx.guild();
  if (patch.position !== undefined && role.id === guild.id)
    throw new PlatformRuleError('@everyone always stays at position 0');
  if (patch.position !== undefined) await assertBotCanPlaceRole(ctx, patch.position, 'move');
  if (patch.name !== undefined && (patch.name.length < 1 || patch.name.length > 100)) {
    throw new PlatformRuleError('a role name must be 1–100 characters');
  }
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
  if (patch.position !== undefined && patch.position !== role.position) await placeRole(ctx.db, roleId, patch.position);
  return toRoleSnapshot(await requireRole(ctx.db, roleId));
}

import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden, InvalidRequest } from '../PlatformError.js';
import type { RolePosition } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxDatabase } from './SandboxTables.js';
import { recordAudit } from './auditLog.js';
import { requireGuild, requireRole } from './guildQueries.js';
import { botHighestPosition } from './hierarchy.js';

/**
 * The order of the roles above @everyone after a move, lowest first: each moved role lands
 * at the position asked (clamped to 1…n), the others keep their order around them. Moves to
 * the same position put the lower id higher, as Discord sorts equal positions.
 * @param current - the roles above @everyone with their positions
 * @param moves - role id → position asked
 */
export function reorderRoles(
  current: readonly { id: string; position: number }[],
  moves: ReadonlyMap<string, number>,
): string[] {
  const order = [...current]
    .sort((a, b) => a.position - b.position || compareIds(b.id, a.id))
    .map((role) => role.id)
    .filter((id) => !moves.has(id));
  const placed = [...moves].sort(([aId, a], [bId, b]) => a - b || compareIds(aId, bId));
  for (const [id, position] of placed) order.splice(Math.min(Math.max(position, 1), order.length + 1) - 1, 0, id);
  return order;
}

/**
 * Applies moves and renumbers the roles above @everyone 1…n, so positions stay unique.
 * @param db - the sandbox tables
 * @param moves - role id → position asked (none: just renumber)
 */
export async function placeRoles(db: SandboxDatabase, moves: ReadonlyMap<string, number>): Promise<void> {
  const rows = await db.selectFrom('sandbox_roles').select(['id', 'position']).where('position', '>', 0).execute();
  const order = reorderRoles(rows, moves);
  const was = new Map(rows.map((row) => [row.id, row.position]));
  await db.transaction().execute(async (trx) => {
    for (const [index, id] of order.entries()) {
      if (was.get(id) === index + 1) continue;
      await trx
        .updateTable('sandbox_roles')
        .set({ position: index + 1 })
        .where('id', '=', id)
        .execute();
    }
  });
}

/**
 * Orders roles in one call, as Modify Guild Role Positions does. The bot may send the whole
 * list (as discord.js's `setPosition` does: every role at its index, @everyone at 0) or only
 * the roles that move; what counts is the order that results: the roles at or above its
 * highest role (its own included) must keep their places, and no role may end up among them.
 * An entry for such a role that leaves it where it is, is accepted. The owner may move any
 * role but @everyone. Managed roles may be moved. All or nothing.
 * @param guildId - the guild
 * @param positions - role id and position asked
 * @param reason - recorded in the audit log for each role whose position changed (bot only)
 * @param by - who moves them (default the bot, bound by the hierarchy)
 * @throws SandboxNotFoundError for an unknown role
 * @throws Forbidden (Missing Permissions) for the hierarchy; InvalidRequest for a role
 *   listed twice, a position below 1, or @everyone moved
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-role-positions
 * @see https://discord.com/developers/docs/topics/permissions#permission-hierarchy
 */
export async function setRolePositions(
  ctx: SandboxContext,
  guildId: string,
  positions: readonly RolePosition[],
  reason: string,
  by: 'bot' | 'owner' = 'bot',
): Promise<void> {
  const guild = await requireGuild(ctx, guildId);
  const moves = new Map<string, number>();
  const names = new Map<string, string>();
  for (const { id, position } of positions) {
    if (moves.has(id) || names.has(id)) throw new InvalidRequest(`role ${id} is listed twice`);
    const role = await requireRole(ctx.db, id);
    names.set(id, role.name);
    if (!Number.isInteger(position)) throw new InvalidRequest('a role position is an integer');
    if (role.id === guild.id) {
      if (position !== 0) throw new InvalidRequest('@everyone always stays at position 0');
      continue;
    }
    if (position < 1) throw new InvalidRequest("position 0 is @everyone's: roles start at 1");
    moves.set(role.id, position);
  }
  if (moves.size === 0) return;
  const rows = await ctx.db.selectFrom('sandbox_roles').select(['id', 'position']).where('position', '>', 0).execute();
  const before = reorderRoles(rows, new Map());
  const after = reorderRoles(rows, moves);
  if (by === 'bot') assertBotKeepsItsPlace(before, after, await botHighestPosition(ctx), names, moves);
  const was = new Map(before.map((id, index) => [id, index]));
  await placeRoles(ctx.db, moves);
  if (by === 'owner') return;
  for (const [index, id] of after.entries()) {
    if (moves.has(id) && was.get(id) !== index) await recordAudit(ctx, 'role_update', id, reason);
  }
}

/**
 * Refuses an order in which a role at or above the bot's highest role (ranks 1…n, bottom
 * first, before the move) is not where it was, or another role takes its place.
 * @param before - role ids bottom first, before the move
 * @param after - role ids bottom first, after it
 * @param top - the bot's highest role position (its 1-based rank from the bottom)
 * @param names - names of the roles listed
 * @param moves - role id → position asked
 */
function assertBotKeepsItsPlace(
  before: readonly string[],
  after: readonly string[],
  top: number,
  names: ReadonlyMap<string, string>,
  moves: ReadonlyMap<string, number>,
): void {
  const from = Math.max(top, 1) - 1;
  if (before.slice(from).every((id, index) => after[from + index] === id)) return;
  const refuse = (id: string, detail: string): never => {
    throw new Forbidden(
      `Missing Permissions: cannot move role "${names.get(id) ?? id}" ${detail}`,
      DISCORD_ERROR_CODES.missingPermissions,
    );
  };
  for (const [index, id] of before.entries()) {
    if (index >= from && moves.has(id) && after[index] !== id) {
      refuse(id, `(position ${index + 1}): it is at or above the bot's highest role (position ${top})`);
    }
  }
  for (const [id, position] of moves) {
    if (after.indexOf(id) >= from)
      refuse(id, `to position ${position}: at or above the bot's highest role (position ${top})`);
  }
  throw new Forbidden(
    `Missing Permissions: the order asked moves roles at or above the bot's highest role (position ${top})`,
    DISCORD_ERROR_CODES.missingPermissions,
  );
}

function compareIds(a: string, b: string): number {
  const diff = BigInt(a) - BigInt(b);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

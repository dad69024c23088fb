import { InvalidRequest } from '../PlatformError.js';
import type { ChannelPosition } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxChannelTable } from './SandboxTables.js';
import { recordAudit } from './auditLog.js';
import { assertCategoryHasRoom } from './channelRules.js';
import { requireChannel, requireGuild } from './guildQueries.js';

/** A validated entry with the channel it moves. */
interface Move {
  entry: ChannelPosition;
  row: SandboxChannelTable;
}

/**
 * Moves channels in one call, as Modify Guild Channel Positions does: each listed channel
 * takes the position given (the others keep theirs; equal positions sort by id), moves into
 * the category `parentId` names (null: none; omitted: stays), and with `lockPermissions`
 * takes that category's overwrites when it changes category. All or nothing. Several
 * entries may change parent here; on Discord, DiscordPlatform sends those one per request.
 * @param guildId - the guild
 * @param positions - the moves
 * @param reason - recorded in the audit log for each channel
 * @throws SandboxNotFoundError for an unknown channel or category
 * @throws InvalidRequest for a thread, a channel listed twice, a parent that is not a
 *   category, a category given a parent, or a category past 50 channels
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-channel-positions
 */
export async function setChannelPositions(
  ctx: SandboxContext,
  guildId: string,
  positions: readonly ChannelPosition[],
  reason: string,
): Promise<void> {
  await requireGuild(ctx, guildId);
  const moves = await readMoves(ctx, positions);
  const categories = await checkCategories(ctx, moves);
  await ctx.db.transaction().execute(async (trx) => {
    for (const { entry, row } of moves) {
      const reparented = entry.parentId !== undefined && entry.parentId !== row.parent_id;
      const category = entry.parentId == null ? undefined : categories.get(entry.parentId);
      const locked = entry.lockPermissions === true && reparented && category !== undefined;
      await trx
        .updateTable('sandbox_channels')
        .set({
          position: entry.position,
          parent_id: entry.parentId === undefined ? row.parent_id : entry.parentId,
          permission_overwrites: locked ? category.permission_overwrites : row.permission_overwrites,
        })
        .where('id', '=', row.id)
        .execute();
    }
  });
  for (const { row } of moves) await recordAudit(ctx, 'channel_update', row.id, reason);
}

async function readMoves(ctx: SandboxContext, positions: readonly ChannelPosition[]): Promise<Move[]> {
  const moves: Move[] = [];
  for (const entry of positions) {
    if (moves.some((move) => move.row.id === entry.id)) {
      throw new InvalidRequest(`channel ${entry.id} is listed twice`);
    }
    const row = await requireChannel(ctx.db, entry.id);
    if (row.kind === 'thread') throw new InvalidRequest(`#${row.name} is a thread: threads have no position`);
    if (!Number.isInteger(entry.position)) throw new InvalidRequest('a channel position is an integer');
    if (entry.parentId != null && row.kind === 'category') {
      throw new InvalidRequest(`category ${row.name} cannot be inside another category`);
    }
    moves.push({ entry, row });
  }
  return moves;
}

/** Checks every parent named: a category, with room for its channels after all moves. */
async function checkCategories(ctx: SandboxContext, moves: readonly Move[]): Promise<Map<string, SandboxChannelTable>> {
  const moving = moves.filter((move) => move.entry.parentId !== undefined).map((move) => move.row.id);
  const categories = new Map<string, SandboxChannelTable>();
  for (const { entry } of moves) {
    const parentId = entry.parentId;
    if (parentId == null || categories.has(parentId)) continue;
    const arriving = moves.filter((move) => move.entry.parentId === parentId).length;
    await assertCategoryHasRoom(ctx.db, parentId, moving, arriving);
    categories.set(parentId, await requireChannel(ctx.db, parentId));
  }
  return categories;
}

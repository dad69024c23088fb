import { Routes } from 'discord.js';
import type { ChannelPosition, ChannelSnapshot, ChannelSpec } from '../Platform.js';
import { auditLogReason, writeReason } from './auditLogReason.js';
import { requireChannelSnapshot, toChannelBody } from './channelSnapshot.js';
import type { PlatformRest } from './platformRest.js';

/**
 * Creates a channel or category (Create Guild Channel).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param spec - the channel
 * @param reason - audit-log reason (default "Guildhall")
 * @see https://discord.com/developers/docs/resources/guild#create-guild-channel
 */
export async function createChannel(
  rest: PlatformRest,
  guildId: string,
  spec: ChannelSpec,
  reason?: string,
): Promise<ChannelSnapshot> {
  const body = toChannelBody(spec);
  return requireChannelSnapshot(await rest.post(Routes.guildChannels(guildId), { body, reason: writeReason(reason) }));
}

/**
 * Changes a channel (Modify Channel) with only the given fields.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param channelId - the channel
 * @param patch - fields to change
 * @param reason - audit-log reason (default "Guildhall")
 * @see https://discord.com/developers/docs/resources/channel#modify-channel
 */
export async function editChannel(
  rest: PlatformRest,
  channelId: string,
  patch: Partial<ChannelSpec>,
  reason?: string,
): Promise<ChannelSnapshot> {
  const body = toChannelBody(patch);
  return requireChannelSnapshot(await rest.patch(Routes.channel(channelId), { body, reason: writeReason(reason) }));
}

/**
 * Deletes a channel, category or thread (Delete/Close Channel). Discord keeps a deleted
 * category's channels, without parent, and deletes a channel's threads with it.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param channelId - the channel
 * @param reason - audit-log reason
 * @see https://discord.com/developers/docs/resources/channel#deleteclose-channel
 */
export async function deleteChannel(rest: PlatformRest, channelId: string, reason: string): Promise<void> {
  await rest.delete(Routes.channel(channelId), { reason: auditLogReason(reason) });
}

/** One entry of Modify Guild Channel Positions' body. */
export interface ChannelPositionBody {
  id: string;
  position: number;
  parent_id?: string | null;
  lock_permissions?: boolean;
}

/**
 * Splits a bulk move into the requests Discord accepts: it refuses (400, code 40009 "Only
 * one channel can have a parent_id modified at a time") a request in which more than one
 * entry sets `parent_id`. The first request carries every position-only entry and the first
 * entry with a parent; each further entry with a parent goes alone. Positions are absolute
 * (Discord does not renumber the other channels), so the split ends in the same order.
 * @param positions - the moves, in the caller's order
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export function splitChannelMoves(positions: readonly ChannelPosition[]): ChannelPosition[][] {
  const reparented = positions.filter((entry) => entry.parentId !== undefined);
  const first = [...positions.filter((entry) => entry.parentId === undefined), ...reparented.slice(0, 1)];
  const requests = reparented.slice(1).map((entry) => [entry]);
  return first.length === 0 ? requests : [first, ...requests];
}

/**
 * Sends one Modify Guild Channel Positions request (answered 204; Discord then sends a
 * CHANNEL_UPDATE for each channel that changed). Discord moves a channel into the category
 * `parent_id` names and, with `lock_permissions`, gives it that category's overwrites if it
 * changed category. The endpoint does not document `X-Audit-Log-Reason`; it is sent anyway.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @param positions - at most one entry with a `parentId` (see {@link splitChannelMoves})
 * @param reason - audit-log reason (default "Guildhall")
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-channel-positions
 */
export async function patchChannelPositions(
  rest: PlatformRest,
  guildId: string,
  positions: readonly ChannelPosition[],
  reason?: string,
): Promise<void> {
  const body = positions.map(toChannelPositionBody);
  await rest.patch(Routes.guildChannels(guildId), { body, reason: writeReason(reason) });
}

function toChannelPositionBody(entry: ChannelPosition): ChannelPositionBody {
  return {
    id: entry.id,
    position: entry.position,
    ...(entry.parentId === undefined ? {} : { parent_id: entry.parentId }),
    ...(entry.lockPermissions === undefined ? {} : { lock_permissions: entry.lockPermissions }),
  };
}

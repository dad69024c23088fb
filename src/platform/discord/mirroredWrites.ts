import type { ChannelPosition, ChannelSnapshot, RoleSnapshot } from '../Platform.js';

/**
 * A deep copy of a channel snapshot (overwrites and tags are objects too).
 * @param channel - the snapshot
 */
export function copyChannel(channel: ChannelSnapshot): ChannelSnapshot {
  return {
    ...channel,
    permissionOverwrites: channel.permissionOverwrites.map((overwrite) => ({ ...overwrite })),
    availableTags: channel.availableTags.map((tag) => ({ ...tag })),
  };
}

/**
 * A copy of a role snapshot.
 * @param role - the snapshot
 */
export function copyRole(role: RoleSnapshot): RoleSnapshot {
  return { ...role };
}

/**
 * A channel as Modify Guild Channel Positions leaves it: at the position asked (Discord does
 * not renumber the others), in the category `parentId` names when given and, with
 * `lockPermissions`, with that category's overwrites when it changed category.
 * @param channel - the channel before the move
 * @param entry - its entry of the accepted request
 * @param channels - the guild's channels, to find the category
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-channel-positions
 */
export function movedChannel(
  channel: ChannelSnapshot,
  entry: ChannelPosition,
  channels: ReadonlyMap<string, ChannelSnapshot>,
): ChannelSnapshot {
  const moved = copyChannel({ ...channel, position: entry.position });
  if (entry.parentId === undefined) return moved;
  const category = entry.parentId === null ? undefined : channels.get(entry.parentId);
  if (entry.lockPermissions === true && entry.parentId !== channel.parentId && category !== undefined) {
    moved.permissionOverwrites = copyChannel(category).permissionOverwrites;
  }
  return { ...moved, parentId: entry.parentId };
}

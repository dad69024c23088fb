import type { ChannelKind, ChannelSnapshot, ForumTag, PermissionOverwrite, RoleSnapshot } from '../Platform.js';
import type { SandboxChannelTable, SandboxRoleTable } from './SandboxTables.js';

/**
 * Parses a JSON column written by the sandbox itself (so its shape is known).
 * @param text - the stored JSON
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape the sandbox wrote
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/**
 * Stores a boolean as 0/1 (SQLite has no boolean type).
 * @param value - the boolean
 */
export function flag(value: boolean | undefined): number {
  return value === true ? 1 : 0;
}

/**
 * Makes an id sortable as text: left-padded to 20 digits.
 * @param id - decimal snowflake
 */
export function sortKey(id: string): string {
  return id.padStart(20, '0');
}

/**
 * A stored role as the Platform interface returns it.
 * @param row - a `sandbox_roles` row
 */
export function toRoleSnapshot(row: SandboxRoleTable): RoleSnapshot {
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    hoist: row.hoist === 1,
    mentionable: row.mentionable === 1,
    permissions: row.permissions,
    position: row.position,
    managed: row.managed === 1,
  };
}

/**
 * A stored channel as the Platform interface returns it: user limit and bitrate for voice
 * and stage channels, tags and sort order for forums (0, 0, [] and null otherwise).
 * @param row - a `sandbox_channels` row
 */
export function toChannelSnapshot(row: SandboxChannelTable): ChannelSnapshot {
  const voice = row.kind === 'voice' || row.kind === 'stage';
  const forum = row.kind === 'forum';
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ChannelKind,
    parentId: row.parent_id,
    position: row.position,
    topic: row.topic,
    rateLimitPerUser: row.rate_limit_per_user,
    nsfw: row.nsfw === 1,
    permissionOverwrites: fromJson<PermissionOverwrite[]>(row.permission_overwrites),
    userLimit: voice ? row.user_limit : 0,
    bitrate: voice ? row.bitrate : 0,
    availableTags: forum ? fromJson<ForumTag[]>(row.available_tags) : [],
    defaultSortOrder: forum ? sortOrderOf(row.default_sort_order) : null,
  };
}

function sortOrderOf(value: string | null): ChannelSnapshot['defaultSortOrder'] {
  return value === 'latest_activity' || value === 'creation_date' ? value : null;
}

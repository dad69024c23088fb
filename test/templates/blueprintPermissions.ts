import { PERMISSION_NAMES, type PermissionName } from '../../src/platform/permissionFlags.js';
import type { CategoryConfig, ChannelConfig, OverwriteConfig, ServerConfig } from '../../src/modules/server/index.js';

/** A channel of a blueprint with the category it sits in (null: outside any). */
export interface PlacedChannel {
  channel: ChannelConfig;
  category: CategoryConfig | null;
}

/** Every channel of a blueprint, top to bottom: category by category, then the loose ones. */
export function placedChannels(server: ServerConfig): PlacedChannel[] {
  return [
    ...server.categories.flatMap((category) => category.channels.map((channel) => ({ channel, category }))),
    ...server.channels.map((channel) => ({ channel, category: null })),
  ];
}

/**
 * The channel of a blueprint with this name.
 * @throws Error when there is none
 */
export function findChannel(server: ServerConfig, name: string): PlacedChannel {
  const found = placedChannels(server).find((p) => p.channel.name === name);
  if (found === undefined) throw new Error(`the blueprint has no channel "${name}"`);
  return found;
}

/**
 * The overwrites that apply in a channel: its own when it has them, else its category's
 * (a channel without overwrites stays synced with its category).
 */
export function overwritesIn(placed: PlacedChannel): OverwriteConfig[] {
  return placed.channel.overwrites ?? placed.category?.overwrites ?? [];
}

/**
 * What a member holding `roles` (besides @everyone) may do in a channel of the blueprint,
 * computed the way Discord does: @everyone's and the roles' permissions; Administrator
 * means everything; then the @everyone overwrite, then the roles' overwrites (all denies,
 * then all allows). Member overwrites are left out: the templates name roles only.
 * @see https://discord.com/developers/docs/topics/permissions#permission-overwrites
 * @param server - the blueprint (it must declare @everyone)
 * @param channelName - the channel
 * @param roles - role names the member holds
 * @throws Error for a role the blueprint does not declare
 */
export function permissionsIn(
  server: ServerConfig,
  channelName: string,
  roles: readonly string[],
): Set<PermissionName> {
  const declared = new Map(server.roles.map((r) => [r.name, r]));
  for (const name of ['@everyone', ...roles]) {
    if (!declared.has(name)) throw new Error(`the blueprint has no role "${name}"`);
  }
  const held = new Set(roles);
  const allowed = new Set<PermissionName>(
    ['@everyone', ...roles].flatMap((name) => declared.get(name)?.permissions ?? []),
  );
  if (allowed.has('Administrator')) return new Set(PERMISSION_NAMES);
  const overwrites = overwritesIn(findChannel(server, channelName));
  const apply = (list: OverwriteConfig[]): void => {
    for (const o of list) for (const p of o.deny) allowed.delete(p);
    for (const o of list) for (const p of o.allow) allowed.add(p);
  };
  apply(overwrites.filter((o) => o.role === '@everyone'));
  apply(overwrites.filter((o) => o.role !== undefined && o.role !== '@everyone' && held.has(o.role)));
  return allowed;
}

/** Whether a member holding `roles` has `permission` in the channel. */
export function can(
  server: ServerConfig,
  channelName: string,
  roles: readonly string[],
  permission: PermissionName,
): boolean {
  return permissionsIn(server, channelName, roles).has(permission);
}

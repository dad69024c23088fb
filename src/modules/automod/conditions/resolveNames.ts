import type { GuildSnapshot } from '../../../platform/Platform.js';

/**
 * Ids of the roles named (or given by id) in a list from community.yaml. Unknown names are
 * skipped: a rule about a role that does not exist matches no one with it.
 * @param guild - the server's roles
 * @param names - role names or ids
 */
export function roleIds(guild: GuildSnapshot, names: readonly string[]): Set<string> {
  const wanted = new Set(names);
  return new Set(guild.roles.filter((r) => wanted.has(r.name) || wanted.has(r.id)).map((r) => r.id));
}

/**
 * Ids of the channels named (or given by id), and of the channels inside named categories.
 * @param guild - the server's channels
 * @param names - channel or category names, or ids
 */
export function channelIds(guild: GuildSnapshot, names: readonly string[]): Set<string> {
  const wanted = new Set(names.map((n) => n.replace(/^#/, '')));
  const direct = guild.channels.filter((c) => wanted.has(c.name) || wanted.has(c.id));
  const ids = new Set(direct.map((c) => c.id));
  for (const channel of guild.channels) if (channel.parentId !== null && ids.has(channel.parentId)) ids.add(channel.id);
  return ids;
}

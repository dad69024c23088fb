import type { Logger } from '../../../core/Logger.js';
import type { GuildSnapshot } from '../../../platform/Platform.js';

/**
 * Role ids for role names from community.yaml; a name the guild does not have is logged and
 * skipped (the member still gets the others).
 * @param guild - the live guild
 * @param names - role names
 * @param log - where a missing name is reported
 * @param setting - the config key, for the log line
 */
export function roleIdsByName(guild: GuildSnapshot, names: readonly string[], log: Logger, setting: string): string[] {
  const ids: string[] = [];
  for (const name of names) {
    const role = guild.roles.find((r) => r.name === name);
    if (role === undefined) log.warn({ setting, role: name }, `${setting}: no role named "${name}", skipped`);
    else ids.push(role.id);
  }
  return ids;
}

/**
 * Channel ids for channel names from community.yaml (text-like channels and forums); a name
 * the guild does not have is logged and skipped.
 * @param guild - the live guild
 * @param names - channel names
 * @param log - where a missing name is reported
 * @param setting - the config key, for the log line
 */
export function channelIdsByName(
  guild: GuildSnapshot,
  names: readonly string[],
  log: Logger,
  setting: string,
): string[] {
  const ids: string[] = [];
  for (const name of names) {
    const channel = guild.channels.find((c) => c.name === name && c.kind !== 'category');
    if (channel === undefined) log.warn({ setting, channel: name }, `${setting}: no channel named "${name}", skipped`);
    else ids.push(channel.id);
  }
  return ids;
}

/**
 * The text or announcement channel with this name, if the guild has one.
 * @param guild - the live guild
 * @param name - the channel name
 */
export function textChannelByName(guild: GuildSnapshot, name: string): string | undefined {
  return guild.channels.find((c) => c.name === name && (c.kind === 'text' || c.kind === 'announcement'))?.id;
}

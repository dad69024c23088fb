import type { GuildNames } from './guildNameCache.js';
import type { EventNames } from './summarizeEvent.js';

/**
 * Builds the name resolver used by event summaries.
 * @param users - userId → name (from the member directory)
 * @param guild - channel and role names (empty when the platform was not asked)
 */
export function eventNames(users: ReadonlyMap<string, string>, guild: GuildNames): EventNames {
  return {
    user: (userId) => (userId === null ? 'someone' : (users.get(userId) ?? `user …${userId.slice(-4)}`)),
    channel: (channelId) => {
      if (channelId === null) return 'a channel';
      const name = guild.channels.get(channelId);
      return name === undefined ? `#…${channelId.slice(-4)}` : `#${name}`;
    },
    role: (roleId) => guild.roles.get(roleId) ?? null,
  };
}

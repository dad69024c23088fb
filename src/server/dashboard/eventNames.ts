import type { EventNames } from './summarizeEvent.js';

/**
 * Builds the name resolver used by event summaries.
 * @param users - userId → name (from the member directory)
 * @param channels - channelId → channel name (empty when the platform was not asked)
 */
export function eventNames(users: ReadonlyMap<string, string>, channels: ReadonlyMap<string, string>): EventNames {
  return {
    user: (userId) => (userId === null ? 'someone' : (users.get(userId) ?? `user …${userId.slice(-4)}`)),
    channel: (channelId) => {
      if (channelId === null) return 'a channel';
      const name = channels.get(channelId);
      return name === undefined ? `#…${channelId.slice(-4)}` : `#${name}`;
    },
  };
}

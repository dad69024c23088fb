import type { Client } from 'discord.js';
import type { GuildCacheView } from './NormaliseContext.js';

/**
 * Reads discord.js's cache for one guild (never fetches: normalisers must stay synchronous
 * to see the state from before the packet being normalised).
 * @param client - the discord.js client
 * @param guildId - the configured guild
 */
export function discordCacheView(client: Client, guildId: string): GuildCacheView {
  const guild = () => client.guilds.cache.get(guildId);
  return {
    member(userId) {
      const member = guild()?.members.cache.get(userId);
      if (member === undefined) return null;
      return {
        roles: member.roles.cache.filter((role) => role.id !== guildId).map((role) => role.id),
        nickname: member.nickname,
        pending: member.pending,
        joinedAt: member.joinedTimestamp,
      };
    },
    voiceState(userId) {
      const state = guild()?.voiceStates.cache.get(userId);
      if (state === undefined) return null;
      return {
        channelId: state.channelId,
        sessionId: state.sessionId,
        muted: (state.serverMute ?? false) || (state.selfMute ?? false),
        deafened: (state.serverDeaf ?? false) || (state.selfDeaf ?? false),
      };
    },
    messageAuthor(channelId, messageId) {
      const channel = client.channels.cache.get(channelId);
      if (channel === undefined || !channel.isTextBased()) return null;
      return channel.messages.cache.get(messageId)?.author?.id ?? null;
    },
  };
}

import type { Client } from 'discord.js';
import type { CachedMember, GuildCacheView } from './NormaliseContext.js';

/** Members as the gateway last described them (the adapter's `MemberCache`). */
export interface GatewayMembers {
  seen(userId: string): CachedMember | null;
}

/**
 * Reads what the gateway said before the packet being normalised, never fetching
 * (normalisers stay synchronous): members from the adapter's own member cache (discord.js's
 * member and user caches are kept to the bot itself: one copy of the guild's members), voice
 * states and messages from discord.js's caches.
 * @param client - the discord.js client
 * @param guildId - the configured guild
 * @param members - the members as the gateway last described them
 */
export function discordCacheView(client: Client, guildId: string, members: GatewayMembers): GuildCacheView {
  const guild = () => client.guilds.cache.get(guildId);
  return {
    member(userId) {
      return members.seen(userId);
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

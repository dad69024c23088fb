import { queryOptions } from '@tanstack/react-query';
import {
  fetchBans,
  fetchChannelMessages,
  fetchChannels,
  fetchCommands,
  fetchDirectMessages,
  fetchGuild,
  fetchInteraction,
  fetchMembers,
} from '../api/sandboxApi.js';

/** Every sandbox query starts with this key: an action invalidates them all at once. */
export const SANDBOX_KEY = ['sandbox'] as const;

/** What changes as members act: read every 2 s. */
export const SANDBOX_POLL_MS = 2_000;
/** What rarely changes (the guild's channels and roles, the commands): every 10 s. */
export const SANDBOX_SLOW_POLL_MS = 10_000;

/** The sandbox guild: name, channels and roles. */
export const guildQuery = queryOptions({ queryKey: [...SANDBOX_KEY, 'guild'], queryFn: fetchGuild });

/** The members (platform's member list). */
export const membersQuery = queryOptions({ queryKey: [...SANDBOX_KEY, 'members'], queryFn: fetchMembers });

/** The banned users. */
export const bansQuery = queryOptions({ queryKey: [...SANDBOX_KEY, 'bans'], queryFn: fetchBans });

/** Every channel, threads and forum posts included. */
export const channelsQuery = queryOptions({ queryKey: [...SANDBOX_KEY, 'channels'], queryFn: fetchChannels });

/** The slash commands the modules registered. */
export const commandsQuery = queryOptions({ queryKey: [...SANDBOX_KEY, 'commands'], queryFn: fetchCommands });

/**
 * A channel's latest messages.
 * @param channelId - the channel
 */
export function messagesQuery(channelId: string) {
  return queryOptions({
    queryKey: [...SANDBOX_KEY, 'messages', channelId],
    queryFn: () => fetchChannelMessages(channelId),
  });
}

/**
 * The direct messages the bot sent a member.
 * @param userId - the member
 */
export function directMessagesQuery(userId: string) {
  return queryOptions({ queryKey: [...SANDBOX_KEY, 'dms', userId], queryFn: () => fetchDirectMessages(userId) });
}

/**
 * An interaction and its answer so far (read again while the module is still thinking).
 * @param interactionId - the interaction
 */
export function interactionQuery(interactionId: string) {
  return queryOptions({
    queryKey: [...SANDBOX_KEY, 'interaction', interactionId],
    queryFn: () => fetchInteraction(interactionId),
  });
}

import type { Client } from 'discord.js';
import type { VoiceMemberState } from '../types/Voice.js';

/**
 * The members in a voice channel, from discord.js's voice state cache (filled by
 * GUILD_CREATE's `voice_states` and kept by VOICE_STATE_UPDATE), by user id, without the bot.
 * Discord has no request listing a channel's voice states, so a guild not (yet) delivered by
 * the gateway answers none.
 * @param client - the discord.js client
 * @param guildId - the guild
 * @param channelId - the voice or stage channel
 * @see https://discord.com/developers/docs/resources/voice#voice-state-object
 */
export function voiceMembers(client: Client, guildId: string, channelId: string): VoiceMemberState[] {
  const states = client.guilds.cache.get(guildId)?.voiceStates.cache;
  if (states === undefined) return [];
  const botId = client.user?.id;
  return states
    .filter((state) => state.channelId === channelId && state.id !== botId)
    .map((state) => ({
      userId: state.id,
      muted: (state.serverMute ?? false) || (state.selfMute ?? false),
      deafened: (state.serverDeaf ?? false) || (state.selfDeaf ?? false),
    }))
    .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

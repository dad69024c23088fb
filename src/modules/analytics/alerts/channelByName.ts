import type { Platform } from '../../../platform/Platform.js';

/**
 * The id of a guild channel by name, or null when there is none (or no name is configured).
 * @param platform - the platform
 * @param guildId - the guild
 * @param name - the channel's name (community.yaml), or null
 */
export async function channelByName(platform: Platform, guildId: string, name: string | null): Promise<string | null> {
  if (name === null) return null;
  const guild = await platform.fetchGuild(guildId);
  return guild.channels.find((channel) => channel.name === name && channel.kind !== 'category')?.id ?? null;
}

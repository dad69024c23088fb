import type { RecognitionContext } from '../RecognitionContext.js';

/**
 * Ids of the channels named in `recognition.excludedChannels` (no platform read when none are).
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function excludedChannelIds(ctx: RecognitionContext, guildId: string): Promise<Set<string>> {
  const names = ctx.config.excludedChannels;
  if (names.length === 0) return new Set();
  const guild = await ctx.platform.fetchGuild(guildId);
  return new Set(guild.channels.filter((c) => names.includes(c.name)).map((c) => c.id));
}

import type { LearningContext } from '../LearningContext.js';

/**
 * The id of `mentors.channel` (a text channel, by name), or null when none is configured or
 * the guild has no such text channel (logged).
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function mentorsChannelId(ctx: LearningContext, guildId: string): Promise<string | null> {
  const name = ctx.config.mentors.channel;
  if (name === null) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  const found = guild.channels.find((c) => c.name === name && c.kind === 'text');
  if (found === undefined) ctx.log.warn({ guildId, channel: name }, 'learning: no mentoring text channel by that name');
  return found?.id ?? null;
}

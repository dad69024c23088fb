import type { FeedbackContext } from '../FeedbackContext.js';

/**
 * The id of `feedback.report.channel` (a text or announcement channel, by name), or null when
 * none is configured or the guild has no such channel.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function reportChannelId(ctx: FeedbackContext, guildId: string): Promise<string | null> {
  const name = ctx.config.report.channel;
  if (name === null) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  return guild.channels.find((c) => c.name === name && (c.kind === 'text' || c.kind === 'announcement'))?.id ?? null;
}

import type { CrosspostContext } from '../../CrosspostContext.js';

/**
 * The id of `crosspost.announcements.discord.channel` (a name or an id) on the server, or null
 * when none is set or the server has no such text or announcement channel.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function announcementChannel(ctx: CrosspostContext, guildId: string): Promise<string | null> {
  const wanted = ctx.config.announcements.discord.channel;
  if (wanted === null) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  const found = guild.channels.find(
    (c) => (c.id === wanted || c.name === wanted) && (c.kind === 'text' || c.kind === 'announcement'),
  );
  return found?.id ?? null;
}

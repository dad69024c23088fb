import type { EventsContext } from '../EventsContext.js';

/**
 * The id of `events.announceChannel` (a text or announcement channel, by name) on the live
 * guild; null (logged) when the server has none, so the announcement or reminder is skipped
 * instead of failing the unit.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function announceChannel(ctx: EventsContext, guildId: string): Promise<string | null> {
  const name = ctx.config.announceChannel;
  const guild = await ctx.platform.fetchGuild(guildId);
  const channel = guild.channels.find((c) => c.name === name && (c.kind === 'text' || c.kind === 'announcement'));
  if (channel === undefined) {
    ctx.log.warn({ guildId, channel: name }, 'events: no announce channel by that name; message skipped');
    return null;
  }
  return channel.id;
}

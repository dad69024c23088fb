import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';

/**
 * Names events' places for people outside Discord: the channel's name (`Workshop Room`) from
 * the live guild, else the event's location; null when neither is known.
 * @param ctx - module context
 * @param guildId - the guild
 * @returns a function from an event to its place in words
 */
export async function eventPlaces(
  ctx: Pick<EventsContext, 'platform'>,
  guildId: string,
): Promise<(event: Pick<CommunityEvent, 'channel_id' | 'location'>) => string | null> {
  const guild = await ctx.platform.fetchGuild(guildId);
  const names = new Map(guild.channels.map((channel) => [channel.id, channel.name]));
  return (event) => (event.channel_id === null ? event.location : (names.get(event.channel_id) ?? event.location));
}

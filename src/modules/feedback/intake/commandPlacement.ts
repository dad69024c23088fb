import type { FeedbackContext } from '../FeedbackContext.js';
import type { ItemPlacement } from './ItemPlacement.js';

/**
 * Where a `/feedback` item goes: `feedback.channel` when it is a text or announcement channel
 * (card plus a thread on it) or a forum (a post of its own, the card its starter message);
 * else the channel the command was used in (card plus a thread; in a thread, the card in it;
 * in a voice channel's chat, the card alone). A `feedback.channel` that names no such channel
 * sends the item to the command's channel (logged).
 * @param ctx - module context
 * @param guildId - the guild
 * @param commandChannelId - where `/feedback` was used (a channel or a thread)
 */
export async function commandPlacement(
  ctx: FeedbackContext,
  guildId: string,
  commandChannelId: string,
): Promise<ItemPlacement> {
  const guild = await ctx.platform.fetchGuild(guildId);
  const name = ctx.config.channel;
  if (name !== null) {
    const configured = guild.channels.find((c) => c.name === name && c.kind !== 'category');
    if (configured?.kind === 'text' || configured?.kind === 'announcement') {
      return { kind: 'card-and-thread', channelId: configured.id };
    }
    if (configured?.kind === 'forum') return { kind: 'forum-post', channelId: configured.id };
    ctx.log.warn(
      { guildId, channel: name, kind: configured?.kind ?? null },
      'feedback: no text channel or forum by that name; item posted where /feedback was used',
    );
  }
  const here = guild.channels.find((c) => c.id === commandChannelId);
  // Threads are never listed in the guild's channels: the command was used inside one.
  if (here === undefined) return { kind: 'in-thread', channelId: commandChannelId, threadId: commandChannelId };
  if (here.kind === 'text' || here.kind === 'announcement') return { kind: 'card-and-thread', channelId: here.id };
  return { kind: 'card-only', channelId: here.id };
}

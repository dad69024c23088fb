import type { ChannelSnapshot } from '../../../platform/Platform.js';
import type { FeedbackType } from '../config/FeedbackTypes.js';
import type { FeedbackContext } from '../FeedbackContext.js';

/** A channel of `feedback.intakeChannels` as found on the server. */
export interface IntakeChannel {
  channel: ChannelSnapshot;
  type: FeedbackType;
}

/**
 * The `feedback.intakeChannels` entry a channel is, with the kind it must be (`text` also
 * takes announcement channels), or null: not listed, or listed but of another kind.
 * @param ctx - module context
 * @param guildId - the guild
 * @param channelId - a channel (threads are never listed, so a thread is never one)
 * @param kind - `text` for new messages, `forum` for new posts
 */
export async function intakeChannel(
  ctx: FeedbackContext,
  guildId: string,
  channelId: string | null,
  kind: 'text' | 'forum',
): Promise<IntakeChannel | null> {
  if (ctx.config.intakeChannels.length === 0 || channelId === null) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  const channel = guild.channels.find((c) => c.id === channelId);
  if (channel === undefined) return null;
  const fits = kind === 'forum' ? channel.kind === 'forum' : channel.kind === 'text' || channel.kind === 'announcement';
  const entry = ctx.config.intakeChannels.find((e) => e.channel === channel.name);
  return fits && entry !== undefined ? { channel, type: entry.type } : null;
}

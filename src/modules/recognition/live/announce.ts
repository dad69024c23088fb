import { channelByName } from './channelByName.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/**
 * Posts announcements (badges, achievements, level-ups, referral tiers) in the configured
 * announce channel, pinging only the member concerned. Nothing without a channel; a failed
 * post is logged, never thrown (the award itself stands).
 * @param ctx - module context
 * @param guildId - the guild
 * @param lines - what to announce, each with the member to ping
 */
export async function announce(
  ctx: RecognitionContext,
  guildId: string,
  lines: readonly { userId: string; text: string }[],
): Promise<void> {
  if (lines.length === 0 || ctx.config.announceChannel === null) return;
  try {
    const channelId = await channelByName(ctx.platform, guildId, ctx.config.announceChannel);
    if (channelId === null) {
      ctx.log.warn({ channel: ctx.config.announceChannel }, 'announce channel not found: nothing announced');
      return;
    }
    for (const line of lines) {
      await ctx.platform.sendMessage(channelId, { content: line.text, allowedUserMentions: [line.userId] });
    }
  } catch (error) {
    ctx.log.warn({ err: error, guildId }, 'could not post a recognition announcement');
  }
}

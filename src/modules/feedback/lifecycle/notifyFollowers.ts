import type { FeedbackContext } from '../FeedbackContext.js';
import { FeedbackPrefs } from './FeedbackPrefs.js';
import { sendMemberNotice, type MemberNotice, type NoticeReach } from '../../../platform/sendMemberNotice.js';

/** What to tell followers: the texts and nonce, and where the mentions go. */
export interface FollowerNotice extends MemberNotice {
  /** Where the notice is posted (the item's thread), or null: DMs only. */
  channelId: string | null;
}

export type { NoticeReach };

/**
 * Tells members of a change: one message in the item's thread mentioning them all (split
 * under 2000 characters, pinging exactly them), plus a DM to those who asked for notices by
 * DM (`/feedback dms allowed:true`; never anyone else, as Discord's Developer Policy wants).
 * A DM that cannot be delivered has no separate fallback: the member is mentioned in the
 * thread already. Queued in the outbox with the caller's unit of work.
 * @param ctx - module context
 * @param guildId - the guild
 * @param userIds - the members, in order
 * @param notice - texts, channel and nonce
 * @see https://discord.com/developers/docs/policies-and-agreements/developer-policy
 */
export async function notifyFollowers(
  ctx: FeedbackContext,
  guildId: string,
  userIds: readonly string[],
  notice: FollowerNotice,
): Promise<NoticeReach> {
  const unique = [...new Set(userIds)];
  const byDm = await new FeedbackPrefs(ctx.db).withDm(guildId, unique);
  return sendMemberNotice(ctx.platform, guildId, notice.channelId, unique, byDm, notice);
}

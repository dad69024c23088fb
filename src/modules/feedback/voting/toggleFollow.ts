import type { FeedbackContext } from '../FeedbackContext.js';
import { FeedbackFollowers } from '../lifecycle/FeedbackFollowers.js';
import { FeedbackItems, type FeedbackItem } from '../store/FeedbackItems.js';

/** What a follow request did. */
export type FollowOutcome = { following: boolean; changed: boolean; item: FeedbackItem };

/**
 * Makes a member follow an item or stop (`want` true / false; undefined toggles). Following
 * a merged item follows the item it was merged into.
 * @param ctx - module context
 * @param item - the item as stored
 * @param userId - the member
 * @param want - follow (true), stop (false), or toggle (undefined)
 */
export async function toggleFollow(
  ctx: FeedbackContext,
  item: FeedbackItem,
  userId: string,
  want?: boolean,
): Promise<FollowOutcome> {
  let target = item;
  if (item.status === 'merged' && item.merged_into !== null && want !== false) {
    target = (await new FeedbackItems(ctx.db).get(item.guild_id, item.merged_into)) ?? item;
  }
  const followers = new FeedbackFollowers(ctx.db);
  const following = (await followers.reasonOf(target.guild_id, target.id, userId)) !== undefined;
  const wanted = want ?? !following;
  if (wanted === following) return { following, changed: false, item: target };
  if (wanted) await followers.add(target.guild_id, target.id, userId, 'follow', ctx.clock.now());
  else await followers.remove(target.guild_id, target.id, userId);
  return { following: wanted, changed: true, item: target };
}

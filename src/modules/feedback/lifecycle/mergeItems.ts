import { truncateText } from '../../../platform/fitMessage.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { FeedbackItems, type FeedbackItem } from '../store/FeedbackItems.js';
import { FeedbackVotes } from '../voting/FeedbackVotes.js';
import type { StaffVia } from './changeStatus.js';
import { FeedbackFollowers } from './FeedbackFollowers.js';
import { FeedbackHistory } from './FeedbackHistory.js';
import { itemLink, noticeChannelId } from './itemPlace.js';
import { notifyFollowers } from './notifyFollowers.js';
import { refreshCard } from './refreshCard.js';

/**
 * Merges a duplicate into the item it duplicates: the duplicate ends as `merged` (with
 * `merged_into`), its votes move to the target (one per member: a member who voted on both
 * keeps the target's vote), its followers follow the target (reason `merged`), both items'
 * counts are recomputed from their votes, both threads get a notice (the moved followers are
 * mentioned in the target's, and DMed if they opted in), both cards are edited,
 * `feedback.merged` is emitted and the merge is audited.
 * @param ctx - module context
 * @param guildId - the guild
 * @param duplicate - the duplicate as stored
 * @param into - the item it duplicates, as stored
 * @param byId - the staff member's user id
 * @param via - where the merge was made (audit actor prefix)
 */
export async function mergeItems(
  ctx: FeedbackContext,
  guildId: string,
  duplicate: FeedbackItem,
  into: FeedbackItem,
  byId: string,
  via: StaffVia = 'discord',
): Promise<{ ok: true; into: FeedbackItem } | { ok: false; reason: string }> {
  if (duplicate.id === into.id) return { ok: false, reason: 'An item cannot be merged into itself.' };
  if (duplicate.status === 'merged') return { ok: false, reason: `#${duplicate.number} is already merged.` };
  if (into.status === 'merged') {
    return { ok: false, reason: `#${into.number} was itself merged into another item; merge into that one.` };
  }
  const now = ctx.clock.now();
  const items = new FeedbackItems(ctx.db);
  const votes = new FeedbackVotes(ctx.db);
  const changes = await new FeedbackHistory(ctx.db).record({
    guild_id: guildId,
    item_id: duplicate.id,
    at: now,
    from_status: duplicate.status,
    to_status: 'merged',
    by_id: byId,
    note: `#${into.number}`,
  });
  const votesMoved = await votes.move(guildId, duplicate.id, into.id);
  const movedFollowers = await new FeedbackFollowers(ctx.db).move(guildId, duplicate.id, into.id, now);
  const intoCounts = await votes.counts(guildId, into.id);
  const merged = await items.update(
    guildId,
    duplicate.id,
    {
      status: 'merged',
      merged_into: into.id,
      status_note: `Merged into #${into.number}`,
      status_by: byId,
      status_at: now,
      up_votes: 0,
      down_votes: 0,
    },
    now,
  );
  const target = await items.update(guildId, into.id, { up_votes: intoCounts.up, down_votes: intoCounts.down }, now);
  if (merged === undefined || target === undefined) return { ok: false, reason: 'One of the items no longer exists.' };
  await refreshCard(ctx, merged);
  await refreshCard(ctx, target);
  const nonce = `feedback:merge:${duplicate.id}:${changes}`;
  const link = itemLink(target);
  const dupChannel = noticeChannelId(merged);
  if (dupChannel !== null) {
    await ctx.platform.sendMessage(dupChannel, {
      content: `This is a duplicate: merged into **#${target.number} ${truncateText(target.title, 200)}**${link === null ? '' : ` (${link})`}. Its votes and followers moved there.`,
      nonce: `${nonce}:duplicate`,
    });
  }
  const headline = `**#${merged.number} ${truncateText(merged.title, 200)}** was merged into this item (${votesMoved} ${votesMoved === 1 ? 'vote' : 'votes'} moved).`;
  await notifyFollowers(ctx, guildId, movedFollowers, {
    channelId: noticeChannelId(target),
    channelText: movedFollowers.length > 0 ? `${headline} You follow it from now on:` : headline,
    dmText: `**#${merged.number} ${truncateText(merged.title, 200)}**, which you follow, was merged into **#${target.number} ${truncateText(target.title, 200)}**; you follow that one from now on.${link === null ? '' : `\n${link}`}`,
    nonce,
  });
  await ctx.emit(
    'feedback.merged',
    { itemId: duplicate.id, intoId: into.id, by: byId, votesMoved },
    { key: `merge:${duplicate.id}:${changes}`, guildId },
  );
  await ctx.audit({
    guildId,
    actor: `${via}:${byId}`,
    action: 'feedback.merge',
    target: `#${duplicate.number}`,
    details: {
      itemId: duplicate.id,
      intoId: into.id,
      into: into.number,
      votesMoved,
      followersMoved: movedFollowers.length,
    },
  });
  return { ok: true, into: target };
}

import type { FeedbackContext } from '../FeedbackContext.js';
import { FeedbackFollowers } from '../lifecycle/FeedbackFollowers.js';
import { refreshCard } from '../lifecycle/refreshCard.js';
import { FeedbackItems, type FeedbackItem } from '../store/FeedbackItems.js';
import { FeedbackVotes, type VoteValue } from './FeedbackVotes.js';

/** Statuses an item takes no more votes in. */
const CLOSED: ReadonlySet<FeedbackItem['status']> = new Set(['done', 'declined', 'merged']);

/** What a press did: the vote before and after, and the item with its new counts. */
export type VoteOutcome =
  { ok: true; previous: VoteValue; value: VoteValue; item: FeedbackItem } | { ok: false; reason: string };

/**
 * A member presses 👍 (1) or 👎 (-1): a first press votes, the same button again withdraws
 * the vote, the other one switches it. A voter follows the item (reason `voter`; withdrawing
 * drops a follow that came only from voting). The counts are kept on the item, its card is
 * edited and `feedback.voted` is emitted. Closed items (done, declined, merged), types not in
 * `feedback.voting.types` and 👎 with `voting.downvotes` off are refused.
 * @param ctx - module context
 * @param item - the item as stored
 * @param userId - the member
 * @param pressed - 1 for 👍, -1 for 👎
 * @param key - the cause (the interaction id), for the event's id
 */
export async function castVote(
  ctx: FeedbackContext,
  item: FeedbackItem,
  userId: string,
  pressed: 1 | -1,
  key: string,
): Promise<VoteOutcome> {
  if (!ctx.config.voting.types.includes(item.type)) return { ok: false, reason: 'This item takes no votes.' };
  if (pressed < 0 && !ctx.config.voting.downvotes) return { ok: false, reason: 'This community has no 👎 votes.' };
  if (CLOSED.has(item.status)) return { ok: false, reason: `#${item.number} is closed: it takes no more votes.` };
  const { guild_id: guildId } = item;
  const now = ctx.clock.now();
  const votes = new FeedbackVotes(ctx.db);
  const previous = await votes.of(guildId, item.id, userId);
  const value: VoteValue = previous === pressed ? 0 : pressed;
  await votes.set(guildId, item.id, userId, value, now);
  const followers = new FeedbackFollowers(ctx.db);
  if (value === 0) await followers.remove(guildId, item.id, userId, 'voter');
  else await followers.add(guildId, item.id, userId, 'voter', now);
  const counts = await votes.counts(guildId, item.id);
  const updated = await new FeedbackItems(ctx.db).update(
    guildId,
    item.id,
    { up_votes: counts.up, down_votes: counts.down },
    now,
  );
  if (updated === undefined) return { ok: false, reason: 'This item no longer exists.' };
  await refreshCard(ctx, updated);
  await ctx.emit('feedback.voted', { itemId: item.id, userId, value, previous }, { key: `vote:${key}`, guildId });
  return { ok: true, previous, value, item: updated };
}

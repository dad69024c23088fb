import { truncateText } from '../../../platform/fitMessage.js';
import { FEEDBACK_STATUS_LABELS, type SettableStatus } from '../config/FeedbackTypes.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { FeedbackItems, type FeedbackItem } from '../store/FeedbackItems.js';
import { FeedbackFollowers } from './FeedbackFollowers.js';
import { FeedbackHistory } from './FeedbackHistory.js';
import { itemLink, noticeChannelId } from './itemPlace.js';
import { notifyFollowers, type FollowerNotice } from './notifyFollowers.js';
import { refreshCard } from './refreshCard.js';

/** Where a staff action came from: the audit entry's actor is `<via>:<user id>`. */
export type StaffVia = 'discord' | 'dashboard';

/** The longest note kept with a status (it shows on the card and in the notice). */
export const STATUS_NOTE_LIMIT = 500;

/**
 * Moves an item to a new status, as staff do from `/feedback-staff status` or the dashboard:
 * records the change in `feedback_history`, updates the item, edits its card, tells the
 * author and every follower in the item's thread (and by DM those who opted in), emits
 * `feedback.status_changed` and records an audit entry. Refuses a merged item and a change to
 * the status it already has. Runs in the caller's unit of work (effects go out after commit).
 * @param ctx - module context
 * @param guildId - the guild
 * @param item - the item as stored
 * @param to - the new status
 * @param byId - the staff member's user id
 * @param note - why (shown on the card and in the notice), or null
 * @param via - where the change was made (audit actor prefix)
 */
export async function changeStatus(
  ctx: FeedbackContext,
  guildId: string,
  item: FeedbackItem,
  to: SettableStatus,
  byId: string,
  note: string | null,
  via: StaffVia = 'discord',
): Promise<{ ok: true; item: FeedbackItem } | { ok: false; reason: string }> {
  if (item.status === 'merged') {
    return { ok: false, reason: `#${item.number} was merged into another item; change that one instead.` };
  }
  if (item.status === to) {
    return { ok: false, reason: `#${item.number} is already ${FEEDBACK_STATUS_LABELS[to]}.` };
  }
  const now = ctx.clock.now();
  const trimmed = note === null || note.trim() === '' ? null : truncateText(note.trim(), STATUS_NOTE_LIMIT);
  const from = item.status;
  const changes = await new FeedbackHistory(ctx.db).record({
    guild_id: guildId,
    item_id: item.id,
    at: now,
    from_status: from,
    to_status: to,
    by_id: byId,
    note: trimmed,
  });
  const updated = await new FeedbackItems(ctx.db).update(
    guildId,
    item.id,
    { status: to, status_note: trimmed, status_by: byId, status_at: now },
    now,
  );
  if (updated === undefined) return { ok: false, reason: `#${item.number} no longer exists.` };
  await refreshCard(ctx, updated);
  const followers = (await new FeedbackFollowers(ctx.db).of(guildId, item.id)).map((f) => f.user_id);
  await notifyFollowers(ctx, guildId, followers, statusNotice(updated, from, trimmed, changes));
  await ctx.emit(
    'feedback.status_changed',
    { itemId: item.id, number: item.number, from, to, by: byId },
    { key: `status:${item.id}:${changes}`, guildId },
  );
  await ctx.audit({
    guildId,
    actor: `${via}:${byId}`,
    action: 'feedback.status',
    target: `#${item.number}`,
    details: { itemId: item.id, from, to, noted: trimmed !== null },
  });
  return { ok: true, item: updated };
}

function statusNotice(
  item: FeedbackItem,
  from: FeedbackItem['status'],
  note: string | null,
  changes: number,
): FollowerNotice {
  const label = FEEDBACK_STATUS_LABELS[item.status];
  const headline = `**#${item.number} ${truncateText(item.title, 200)}** is now **${label}** (was ${FEEDBACK_STATUS_LABELS[from]}).`;
  const noteLine = note === null ? '' : `\n> ${note.replaceAll('\n', '\n> ')}`;
  const link = itemLink(item);
  return {
    channelId: noticeChannelId(item),
    channelText: `${headline}${noteLine}`,
    dmText: `${headline}${noteLine}${link === null ? '' : `\n${link}`}`,
    nonce: `feedback:status:${item.id}:${changes}`,
  };
}

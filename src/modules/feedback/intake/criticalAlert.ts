import { FEEDBACK_TYPE_LABELS } from '../config/FeedbackTypes.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { FeedbackItems, type FeedbackItem } from '../store/FeedbackItems.js';
import { criticalReason } from './criticalReason.js';

/**
 * A link to an item on Discord: its thread, else its card, else its channel.
 * @param item - the item
 */
export function itemLink(item: Pick<FeedbackItem, 'guild_id' | 'channel_id' | 'thread_id' | 'message_id'>): string {
  const base = `https://discord.com/channels/${item.guild_id}`;
  if (item.thread_id !== null) return `${base}/${item.thread_id}`;
  if (item.channel_id !== null && item.message_id !== null) return `${base}/${item.channel_id}/${item.message_id}`;
  return item.channel_id === null ? base : `${base}/${item.channel_id}`;
}

const describeReason = (reason: string): string =>
  reason.startsWith('keyword:') ? `mentions “${reason.slice('keyword:'.length)}”` : 'strongly negative';

/** The alert channel's id and the ids of the roles to mention (names that no role has are left out, logged). */
async function alertTarget(
  ctx: FeedbackContext,
  guildId: string,
): Promise<{ channelId: string; roleIds: string[] } | null> {
  const { channel, mentionRoles } = ctx.config.critical;
  if (channel === null) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  const found = guild.channels.find((c) => c.name === channel && (c.kind === 'text' || c.kind === 'announcement'));
  if (found === undefined) {
    ctx.log.warn({ guildId, channel }, 'feedback: no critical alert channel by that name; alert not posted');
    return null;
  }
  const roleIds = mentionRoles.flatMap((name) => {
    const role = guild.roles.find((r) => r.name === name);
    if (role === undefined) ctx.log.warn({ guildId, role: name }, 'feedback: no role by that name to mention');
    return role === undefined ? [] : [role.id];
  });
  return { channelId: found.id, roleIds };
}

/**
 * Checks an item against `feedback.critical` (keywords, whole words; or a score at or below
 * `scoreAtMost`) and, the first time it is critical, alerts moderators: a message in
 * `critical.channel` (none when null) mentioning `critical.mentionRoles` (only those may be
 * pinged) with a link to the item's thread; `critical_reason` and `critical_alerted_at` are
 * set in the same unit of work and `feedback.critical` emitted, so a replay or a later check
 * of the same item alerts nobody again.
 * @param ctx - module context
 * @param item - the item as stored (its thread known)
 * @returns the item as it is now
 */
export async function checkCritical(ctx: FeedbackContext, item: FeedbackItem): Promise<FeedbackItem> {
  if (item.critical_alerted_at !== null) return item;
  const reason = criticalReason(`${item.title}\n${item.body}`, item.sentiment_score, ctx.config.critical);
  if (reason === null) return item;
  const target = await alertTarget(ctx, item.guild_id);
  if (target !== null) {
    const roles = target.roleIds.map((id) => `<@&${id}> `).join('');
    await ctx.platform.sendMessage(target.channelId, {
      content: `${roles}🚨 Critical feedback #${item.number} (${FEEDBACK_TYPE_LABELS[item.type]}, ${describeReason(reason)}) from <@${item.author_id}>: **${item.title}**\n${itemLink(item)}`,
      allowedRoleMentions: target.roleIds,
    });
  }
  const now = ctx.clock.now();
  const updated = await new FeedbackItems(ctx.db).update(
    item.guild_id,
    item.id,
    { critical_reason: reason, critical_alerted_at: now },
    now,
  );
  await ctx.emit(
    'feedback.critical',
    { itemId: item.id, number: item.number, reason },
    { key: `critical:${item.id}`, guildId: item.guild_id },
  );
  return updated ?? { ...item, critical_reason: reason, critical_alerted_at: now };
}

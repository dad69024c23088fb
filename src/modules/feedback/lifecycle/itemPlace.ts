import type { FeedbackItem } from '../store/FeedbackItems.js';

/**
 * The channel the item's card is in. A thread started from the card shares its id (Discord's
 * rule, and the sandbox's): then the card is in the item's channel. Otherwise a card of an
 * item with a thread is inside it (a thread on the member's message, a forum post, a thread
 * `/feedback` was used in), and one without a thread is in the item's channel. Null: no card.
 * @param item - the item
 */
export function cardChannelId(item: FeedbackItem): string | null {
  if (item.message_id === null) return null;
  if (item.thread_id === null || item.thread_id === item.message_id) return item.channel_id;
  return item.thread_id;
}

/**
 * Where notices about an item go: its thread, else the channel it was posted in (null: nowhere).
 * @param item - the item
 */
export function noticeChannelId(item: FeedbackItem): string | null {
  return item.thread_id ?? item.channel_id;
}

/**
 * A link to the item's thread (or card), for DMs and lists; null when it has neither.
 * @param item - the item
 */
export function itemLink(item: FeedbackItem): string | null {
  const place = item.thread_id ?? item.channel_id;
  if (place === null) return null;
  return item.thread_id === null && item.message_id !== null
    ? `https://discord.com/channels/${item.guild_id}/${place}/${item.message_id}`
    : `https://discord.com/channels/${item.guild_id}/${place}`;
}

import type { FeedbackContext } from '../FeedbackContext.js';
import { itemButtons, itemEmbed } from '../cards/itemCard.js';
import type { FeedbackItem } from '../store/FeedbackItems.js';
import { cardChannelId } from './itemPlace.js';

/**
 * Edits the item's card to show it as it is now (status, note, votes, buttons). Queued in
 * the outbox with the caller's unit of work; does nothing for an item without a card.
 * @param ctx - module context
 * @param item - the item as stored
 * @see https://discord.com/developers/docs/resources/message#edit-message
 */
export async function refreshCard(ctx: FeedbackContext, item: FeedbackItem): Promise<void> {
  const channelId = cardChannelId(item);
  if (channelId === null || item.message_id === null) return;
  await ctx.platform.editMessage(channelId, item.message_id, {
    embeds: [itemEmbed(item)],
    components: itemButtons(item, ctx.config),
  });
}

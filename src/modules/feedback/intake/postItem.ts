import { InvalidRequest } from '../../../platform/PlatformError.js';
import { truncateText } from '../../../platform/fitMessage.js';
import { itemButtons, itemEmbed } from '../cards/itemCard.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import type { FeedbackItem } from '../store/FeedbackItems.js';
import type { ItemPlacement } from './ItemPlacement.js';

/**
 * Discord's "A thread has already been created for this message".
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
const THREAD_ALREADY_CREATED = 160004;

/** Where an item was posted: the ids stored with it. */
export interface PostedItem {
  channel_id: string;
  thread_id: string | null;
  message_id: string;
}

/**
 * The name of an item's thread: `#12 Title`, at most 100 characters.
 * @param item - the item
 */
export function itemThreadName(item: Pick<FeedbackItem, 'number' | 'title'>): string {
  return truncateText(`#${item.number} ${item.title}`, 100);
}

/**
 * Starts a thread from a message; a message that has one already (a re-run after a crash
 * between starting it and committing) answers that thread, which shares the message's id.
 */
async function threadFrom(ctx: FeedbackContext, channelId: string, messageId: string, name: string): Promise<string> {
  try {
    return (await ctx.platform.createThread(channelId, { name, messageId })).id;
  } catch (error) {
    const already =
      error instanceof InvalidRequest &&
      (error.code === THREAD_ALREADY_CREATED || /already been created/i.test(error.message));
    if (!already) throw error;
    ctx.log.info({ messageId }, 'feedback: the message already has a thread');
    return messageId;
  }
}

/**
 * Posts an item's card (embed and buttons) and its thread as `placement` says. The card is
 * sent at once (`platformNow`) with a nonce keyed by the item, so its real id can be stored
 * for later edits and a thread started from it; threads are created at once too. A re-run of
 * the unit after a crash gets the same card back (the nonce) and finds its thread (one per
 * message), so nothing is posted twice. A forum post (the card its starter message) is
 * started at once too, but Discord takes no nonce for a starter message: a crash between the
 * post and the commit leaves that post behind, and the re-run starts another.
 * @param ctx - module context
 * @param item - the item as inserted (its number known)
 * @param placement - where it goes
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 */
export async function postItem(
  ctx: FeedbackContext,
  item: FeedbackItem,
  placement: ItemPlacement,
): Promise<PostedItem> {
  const card = {
    embeds: [itemEmbed(item)],
    components: itemButtons(item, ctx.config),
    nonce: `feedback:card:${item.id}`,
  };
  const name = itemThreadName(item);
  switch (placement.kind) {
    case 'card-and-thread': {
      const sent = await ctx.platformNow.sendMessage(placement.channelId, card);
      const threadId = await threadFrom(ctx, placement.channelId, sent.id, name);
      return { channel_id: placement.channelId, thread_id: threadId, message_id: sent.id };
    }
    case 'thread-on-message': {
      const threadId = await threadFrom(ctx, placement.channelId, placement.messageId, name);
      const sent = await ctx.platformNow.sendMessage(threadId, card);
      return { channel_id: placement.channelId, thread_id: threadId, message_id: sent.id };
    }
    case 'in-thread': {
      const sent = await ctx.platformNow.sendMessage(placement.threadId, card);
      return { channel_id: placement.channelId, thread_id: placement.threadId, message_id: sent.id };
    }
    case 'card-only': {
      const sent = await ctx.platformNow.sendMessage(placement.channelId, card);
      return { channel_id: placement.channelId, thread_id: null, message_id: sent.id };
    }
    case 'forum-post': {
      const post = await ctx.platformNow.createForumPost(placement.channelId, {
        name,
        message: { embeds: card.embeds, components: card.components },
      });
      // The starter message lives in the post: the card's channel is the post itself.
      return { channel_id: post.threadId, thread_id: post.threadId, message_id: post.messageId };
    }
  }
}

import type { FeedbackType } from '../config/FeedbackTypes.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { feedbackDb, type FeedbackSource } from '../FeedbackTables.js';
import { scoreSentiment } from '../sentiment/scoreSentiment.js';
import { FeedbackItems, type FeedbackItem } from '../store/FeedbackItems.js';
import { autoResponse } from './autoResponse.js';
import { checkCritical } from './criticalAlert.js';
import type { ItemPlacement } from './ItemPlacement.js';
import { postItem } from './postItem.js';

/** A new item, from whichever path made it. */
export interface NewItemInput {
  guildId: string;
  /**
   * Stable id from what caused it (the form's interaction, the member's message, the forum
   * post), so handling the same cause again finds the item instead of making another.
   */
  id: string;
  type: FeedbackType;
  title: string;
  body: string;
  authorId: string;
  source: FeedbackSource;
  /** Epoch ms it was submitted. */
  at: number;
  placement: ItemPlacement;
}

/** The item, and whether this call made it (false: it existed already). */
export interface CreatedItem {
  item: FeedbackItem;
  created: boolean;
}

/**
 * Makes a feedback item, the one path every intake takes: scores its sentiment, numbers and
 * stores it, makes its author a follower, posts its card and thread (`postItem`), posts the
 * auto-response of its type in the thread mentioning only the author, emits
 * `feedback.submitted` (ids and scores, no text) and alerts moderators once when it is
 * critical (`checkCritical`). All in the caller's unit of work; an id already stored answers
 * that item and does nothing else.
 * @param ctx - module context
 * @param input - the new item
 */
export async function createItem(ctx: FeedbackContext, input: NewItemInput): Promise<CreatedItem> {
  const items = new FeedbackItems(ctx.db);
  const existing = await items.get(input.guildId, input.id);
  if (existing !== undefined) return { item: existing, created: false };
  const sentiment = scoreSentiment(`${input.title}\n${input.body}`, ctx.config.sentiment);
  const inserted = await items.insert({
    guild_id: input.guildId,
    id: input.id,
    type: input.type,
    title: input.title,
    body: input.body,
    author_id: input.authorId,
    source: input.source,
    channel_id: null,
    thread_id: null,
    message_id: null,
    status: 'new',
    status_note: null,
    status_by: null,
    status_at: input.at,
    merged_into: null,
    sentiment_label: sentiment.label,
    sentiment_score: sentiment.score,
    critical_reason: null,
    critical_alerted_at: null,
    up_votes: 0,
    down_votes: 0,
    created_at: input.at,
    updated_at: input.at,
  });
  const posted = await postItem(ctx, inserted, input.placement);
  const item: FeedbackItem = (await items.update(input.guildId, input.id, posted, input.at)) ?? {
    ...inserted,
    ...posted,
  };
  await feedbackDb(ctx.db)
    .insertInto('feedback_followers')
    .values({ guild_id: input.guildId, item_id: input.id, user_id: input.authorId, reason: 'author', since: input.at })
    .onConflict((oc) => oc.columns(['guild_id', 'item_id', 'user_id']).doNothing())
    .execute();
  await ctx.platform.sendMessage(item.thread_id ?? posted.channel_id, autoResponse(ctx.config, item));
  await ctx.emit(
    'feedback.submitted',
    {
      itemId: item.id,
      number: item.number,
      type: item.type,
      source: item.source,
      authorId: item.author_id,
      channelId: item.channel_id,
      sentiment: item.sentiment_label,
      score: item.sentiment_score,
    },
    { key: `submitted:${item.id}`, guildId: item.guild_id },
  );
  return { item: await checkCritical(ctx, item), created: true };
}

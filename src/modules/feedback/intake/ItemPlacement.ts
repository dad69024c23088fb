/**
 * Where a new item's card goes, and its thread:
 * - `card-and-thread`: the card in a text channel, a thread started from it (`/feedback` with a
 *   text `feedback.channel`, or run in a text channel);
 * - `thread-on-message`: a thread started from the member's own message, the card in it (a
 *   message in an intake text channel);
 * - `in-thread`: the card in a thread that exists (a post in an intake forum; `/feedback` run
 *   inside a thread); `channelId` is its parent, or the thread itself when unknown;
 * - `card-only`: the card where no thread can start (a voice channel's chat);
 * - `forum-post`: a forum post the bot starts in the forum `channelId`, the card its starter
 *   message (`/feedback` with a forum `feedback.channel`); the item's channel, thread and card
 *   are then all the post (the starter message shares its id and lives in it).
 */
export type ItemPlacement =
  | { kind: 'card-and-thread'; channelId: string }
  | { kind: 'thread-on-message'; channelId: string; messageId: string }
  | { kind: 'in-thread'; channelId: string; threadId: string }
  | { kind: 'card-only'; channelId: string }
  | { kind: 'forum-post'; channelId: string };

import type { ChannelSnapshot, ForumPost, ForumPostSpec, ThreadPatch, ThreadSpec } from '../types/Channel.js';
import type { ChannelHistory } from '../types/History.js';
import type { DirectMessageResult, OutgoingMessage, SentMessage } from '../types/OutgoingMessage.js';

/**
 * Posting and removing messages, direct messages and threads. Every message is checked
 * against Discord's limits (`discordLimits.ts`) before any request.
 */
export interface MessagingPort {
  /**
   * Posts a message in a channel.
   * @param channelId - where to post (a text, announcement or voice channel, or a thread)
   * @param message - what to post; nobody is pinged unless listed
   * @throws InvalidRequest, before any request, over 2000 characters, empty, or too many embeds or rows
   * @throws NotFound (`channel`) or Forbidden (no permission to post there)
   * @see https://discord.com/developers/docs/resources/message#create-message
   */
  sendMessage(channelId: string, message: OutgoingMessage): Promise<SentMessage>;

  /**
   * Sends a direct message; when the member's DMs are closed (Discord 50007), posts the
   * message in `fallbackChannelId` with a mention of the member instead, or nowhere when it is null.
   * @param guildId - the guild the member belongs to
   * @param userId - the recipient
   * @param message - what to send
   * @param fallbackChannelId - public fallback, or null
   * @throws InvalidRequest, before any request, when the message breaks Discord's limits
   * @see https://discord.com/developers/docs/resources/user#create-dm
   * @see https://discord.com/developers/docs/resources/message#create-message
   */
  sendDirectMessage(
    guildId: string,
    userId: string,
    message: OutgoingMessage,
    fallbackChannelId: string | null,
  ): Promise<DirectMessageResult>;

  /**
   * Replaces the content, embeds and components of a message the bot posted (an RSVP card
   * kept up to date). What the message leaves out is cleared; `nonce` is ignored (an edit
   * repeated has the same result). Fitted and checked against the limits like `sendMessage`.
   * @param channelId - the channel it is in
   * @param messageId - the bot's message
   * @param message - what it shows from now on
   * @throws InvalidRequest, before any request, when the message breaks Discord's limits
   * @throws NotFound (`message`) when it is gone; Forbidden when it is not the bot's
   * @see https://discord.com/developers/docs/resources/message#edit-message
   */
  editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<SentMessage>;

  /**
   * Deletes a message.
   * @param channelId - the channel it is in
   * @param messageId - the message
   * @param reason - written to the guild's audit log
   * @throws NotFound (`message`) when it is already gone
   * @see https://discord.com/developers/docs/resources/message#delete-message
   */
  deleteMessage(channelId: string, messageId: string, reason: string): Promise<void>;

  /**
   * Starts a thread, from a message when `messageId` is given.
   * @param channelId - the parent channel
   * @param spec - name, source message, privacy, auto-archive
   * @throws InvalidRequest, before any request, for a private thread from a message
   * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message
   * @see https://discord.com/developers/docs/resources/channel#start-thread-without-message
   */
  createThread(channelId: string, spec: ThreadSpec): Promise<ChannelSnapshot>;

  /**
   * Starts a forum post as the bot: the post (a thread of the forum) and its starter message
   * in one request; the starter message has the thread's id. Like `createThread` it is called
   * at once, never queued in the outbox (the ids are needed at once). The starter message is
   * fitted and checked like `sendMessage`; Discord takes no nonce for it, so a repeated call
   * starts a second post.
   * @param forumId - the forum channel
   * @param post - title, starter message, tags, auto-archive
   * @throws InvalidRequest, before any request, for a name not 1–100 characters, more than 5 tags
   *   (or one the forum does not have, when known), a poll, or a message over Discord's limits
   * @throws NotFound (`channel`); Forbidden without Send Messages in the forum; InvalidRequest
   *   when the channel is not a forum
   * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
   */
  createForumPost(forumId: string, post: ForumPostSpec): Promise<ForumPost>;

  /**
   * Changes a thread or forum post: tags, archived, locked, name (one request). Repeating it
   * has the same result. Emits `thread.updated` (on Discord, through the gateway).
   * @param threadId - the thread
   * @param patch - what changes
   * @param reason - written to the guild's audit log
   * @throws InvalidRequest, before any request, for more than 5 tags or a tag its forum does not have
   * @throws NotFound (`channel`) when it is gone; Forbidden without Manage Threads
   * @see https://discord.com/developers/docs/resources/channel#modify-channel-json-params-thread
   */
  editThread(threadId: string, patch: ThreadPatch, reason: string): Promise<void>;

  /**
   * Reads back the messages of a channel posted after a message, oldest first, as the
   * `message.created` events the live path delivers for them (same ids and payloads), for
   * catch-up after downtime. On Discord: Get Channel Messages with `after`, 100 per request,
   * each page continuing after the newest message of the last.
   * @param guildId - the guild the channel is in (history entries do not say)
   * @param channelId - a text, announcement or voice channel, or a thread
   * @param afterMessageId - read messages newer than this id (any snowflake: one made from a time works)
   * @param limit - most messages to read
   * @throws NotFound (`channel`), Forbidden (no permission to read its history)
   * @see https://discord.com/developers/docs/resources/message#get-channel-messages
   */
  fetchMessagesAfter(
    guildId: string,
    channelId: string,
    afterMessageId: string,
    limit: number,
  ): Promise<ChannelHistory>;
}

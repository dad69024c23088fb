/**
 * The parts of a DiscordChatExporter export Guildhall reads, whatever DCE version wrote them.
 * Field names have been stable since DCE's JSON format appeared (2020): what changed is what
 * is present — `nickname` (2021-03), `mentions` (2020-10), `reference` (2020-12, `type` in
 * 2026-02), `categoryId` (2021-04), reaction `users` (2023-07), `exportedAt` (2023-07). Older
 * files lack them; this model treats each as optional.
 */

/** A user as DCE writes one (author, mention, reaction user). */
export interface DceUser {
  id: string;
  /** The username (`name`); the id when the file has none. */
  name: string;
  /** Server nickname or display name (absent before DCE 2.27, March 2021). */
  nickname: string | null;
  isBot: boolean;
}

/** One reaction: the emoji, how many, and who (only DCE 2.40+ lists `users`). */
export interface DceReaction {
  /** Custom emoji id; null for a unicode emoji (DCE writes `""`). */
  emojiId: string | null;
  emojiName: string;
  count: number;
  /** Null when the export lists only the count. */
  users: DceUser[] | null;
}

/** One exported message. */
export interface DceMessage {
  /** Snowflake; null in CSV exports, which carry no ids. */
  id: string | null;
  /** `Default`, `Reply`, `GuildMemberJoin`, `ThreadCreated`, … or a number DCE has no name for. */
  type: string;
  /** Epoch ms. */
  timestamp: number;
  content: string;
  author: DceUser;
  attachmentCount: number;
  reactions: DceReaction[];
  mentionedUserIds: string[];
  /** The replied-to message (a forward is not a reply). */
  referencedMessageId: string | null;
  /** The thread a `ThreadCreated` message started (its `reference.channelId`). */
  referencedChannelId: string | null;
}

/** The header of a DCE JSON file. */
export interface DceHeader {
  guildId: string;
  guildName: string;
  channelId: string;
  /** `GuildTextChat`, `GuildPublicThread`, … (`type` of the channel). */
  channelType: string;
  channelName: string;
  /** For a thread: its parent channel (DCE's `categoryId`, absent before 2021-04). */
  parentId: string | null;
}

/** Channel types DCE writes for threads. */
export const DCE_THREAD_TYPES: readonly string[] = ['GuildPublicThread', 'GuildPrivateThread', 'GuildNewsThread'];

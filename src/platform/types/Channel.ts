import type { OutgoingMessage } from './OutgoingMessage.js';

/**
 * The kinds of channel Guildhall manages (Discord's channel types 4, 0, 5, 15, 2, 13 and
 * the public/private/announcement thread types).
 * @see https://discord.com/developers/docs/resources/channel#channel-object-channel-types
 */
export type ChannelKind = 'category' | 'text' | 'announcement' | 'forum' | 'voice' | 'stage' | 'thread';

/**
 * A channel (or category) to create, or the fields of one to change.
 * @see https://discord.com/developers/docs/resources/guild#create-guild-channel
 */
export interface ChannelSpec {
  /** 1–100 characters. */
  name: string;
  kind: ChannelKind;
  /** The category it sits in; null or absent: none. */
  parentId?: string | null;
  /** Up to 1024 characters (4096 for a forum). */
  topic?: string | null;
  /** Sort position among its siblings. */
  position?: number;
  /** Slowmode, seconds between messages per member (0–21600). */
  rateLimitPerUser?: number;
  /** Age-restricted. */
  nsfw?: boolean;
  /** Voice and stage channels: most members connected (0 = unlimited). */
  userLimit?: number;
  /** Voice and stage channels: bits per second. */
  bitrate?: number;
  /** Who may see and do what here, on top of the roles' permissions. */
  permissionOverwrites?: PermissionOverwrite[];
  /** Forum channels: the tags members can use (max 20). */
  availableTags?: ForumTag[];
  /** Forum channels: default sort of posts. */
  defaultSortOrder?: 'latest_activity' | 'creation_date' | null;
}

/**
 * A channel as the platform has it (threads are never listed in a guild snapshot).
 * @see https://discord.com/developers/docs/resources/channel#channel-object
 */
export interface ChannelSnapshot {
  id: string;
  name: string;
  kind: ChannelKind;
  /** The category, or null. */
  parentId: string | null;
  /** Sort position among its siblings. */
  position: number;
  topic: string | null;
  /** Slowmode in seconds (0 = off). */
  rateLimitPerUser: number;
  nsfw: boolean;
  permissionOverwrites: PermissionOverwrite[];
  /** Voice and stage channels (0 = unlimited); 0 for other kinds. */
  userLimit: number;
  /** Voice and stage channels, bits per second; 0 for other kinds. */
  bitrate: number;
  /** Forum channels; empty for other kinds. */
  availableTags: ForumTag[];
  /** Forum channels; null for other kinds or when not set. */
  defaultSortOrder: 'latest_activity' | 'creation_date' | null;
}

/**
 * One entry of a bulk channel move.
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-channel-positions
 */
export interface ChannelPosition {
  id: string;
  position: number;
  /** New category (null: none); omitted: unchanged. */
  parentId?: string | null;
  /** Sync the channel's overwrites with its (new) category's. */
  lockPermissions?: boolean;
}

/**
 * A tag members can put on forum posts.
 * @see https://discord.com/developers/docs/resources/channel#forum-tag-object
 */
export interface ForumTag {
  /** Absent for a tag not created yet. */
  id?: string;
  /** Up to 20 characters. */
  name: string;
  /** Only members who may manage threads can apply it. */
  moderated: boolean;
  /** Unicode emoji, if any. */
  emoji: string | null;
}

/**
 * Permissions a channel grants or denies one role or member, over their role permissions.
 * @see https://discord.com/developers/docs/resources/channel#overwrite-object
 */
export interface PermissionOverwrite {
  /** Role or member id (the guild id is @everyone). */
  id: string;
  type: 'role' | 'member';
  /** Permission bit fields as decimal strings (see `PERMISSION_FLAGS`). */
  allow: string;
  deny: string;
}

/**
 * A thread to start, from a message or on its own.
 * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message
 * @see https://discord.com/developers/docs/resources/channel#start-thread-without-message
 */
export interface ThreadSpec {
  /** 1–100 characters. */
  name: string;
  /** Start the thread from this message (it is then always public). */
  messageId?: string;
  /** A private thread (only without a message, in a text channel). */
  private?: boolean;
  /** Minutes of inactivity before Discord archives it (default 1440). */
  autoArchiveMinutes?: 60 | 1440 | 4320 | 10080;
}

/**
 * A forum post the bot starts: the post (a thread) and its starter message in one request.
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 */
export interface ForumPostSpec {
  /** The post's title, 1–100 characters. */
  name: string;
  /**
   * The starter message (content, embeds, components; no poll, no files). Discord takes no
   * `nonce` here: it is ignored, so a repeated call starts a second post.
   */
  message: OutgoingMessage;
  /** Ids of the forum's tags the post carries (at most 5). */
  appliedTags?: string[];
  /** Minutes of inactivity before Discord archives it (default 1440). */
  autoArchiveMinutes?: 60 | 1440 | 4320 | 10080;
}

/** A started forum post: its starter message shares the thread's id. */
export interface ForumPost {
  /** The post (a thread of the forum). */
  threadId: string;
  /** Its starter message, in the thread (the same id as the thread). */
  messageId: string;
}

/**
 * What can change on a thread (a forum post): fields left out stay as they are.
 * @see https://discord.com/developers/docs/resources/channel#modify-channel-json-params-thread
 */
export interface ThreadPatch {
  /** 1–100 characters. */
  name?: string;
  /** Forum posts: the forum tag ids it carries from now on (at most 5; replaces the list). */
  appliedTags?: string[];
  /** Archived threads leave the channel list; a message from a member unarchives one. */
  archived?: boolean;
  /** Locked threads can be unarchived and written in only by members who manage threads. */
  locked?: boolean;
}

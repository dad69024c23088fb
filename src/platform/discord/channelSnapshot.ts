import { ChannelType, OverwriteType, type SortOrderType } from 'discord.js';
import { z } from 'zod';
import { InvalidRequest } from '../PlatformError.js';
import type { ChannelKind, ChannelSnapshot, ChannelSpec, PermissionOverwrite } from '../Platform.js';
import {
  apiForumTag,
  parseForumTag,
  parseSortOrder,
  toForumTagBody,
  toSortOrderType,
  type ForumTagBody,
} from './forumFields.js';

const CHANNEL_TYPES = {
  category: ChannelType.GuildCategory,
  text: ChannelType.GuildText,
  announcement: ChannelType.GuildAnnouncement,
  forum: ChannelType.GuildForum,
  voice: ChannelType.GuildVoice,
  stage: ChannelType.GuildStageVoice,
} as const satisfies Record<Exclude<ChannelKind, 'thread'>, ChannelType>;

/**
 * Guildhall's kind of a Discord channel type, or null for types Guildhall does not manage
 * (DMs, directories). Media channels are forums with attachments, so they count as forums.
 * @param type - Discord's channel type number
 * @see https://discord.com/developers/docs/resources/channel#channel-object-channel-types
 */
export function channelKindOf(type: number): ChannelKind | null {
  return KIND_BY_TYPE.get(type) ?? null;
}

const KIND_BY_TYPE: ReadonlyMap<number, ChannelKind> = new Map<number, ChannelKind>([
  [ChannelType.GuildText, 'text'],
  [ChannelType.GuildAnnouncement, 'announcement'],
  [ChannelType.GuildForum, 'forum'],
  [ChannelType.GuildMedia, 'forum'],
  [ChannelType.GuildVoice, 'voice'],
  [ChannelType.GuildStageVoice, 'stage'],
  [ChannelType.GuildCategory, 'category'],
  [ChannelType.PublicThread, 'thread'],
  [ChannelType.PrivateThread, 'thread'],
  [ChannelType.AnnouncementThread, 'thread'],
]);

/**
 * Discord's channel type for a kind Guildhall can create with Create Guild Channel.
 * @param kind - anything but `thread`
 * @throws InvalidRequest for `thread` (threads are started with createThread)
 */
export function channelTypeOf(kind: ChannelKind): ChannelType {
  if (kind === 'thread') throw new InvalidRequest('threads are started with createThread, not createChannel');
  return CHANNEL_TYPES[kind];
}

const MEMBER_OVERWRITE: number = OverwriteType.Member;

const apiOverwrite = z.object({
  id: z.string(),
  // v6 sent "role"/"member", v8+ sends 0/1.
  type: z.union([z.number(), z.string()]),
  allow: z.union([z.string(), z.number()]).transform(String),
  deny: z.union([z.string(), z.number()]).transform(String),
});

const apiChannel = z.object({
  id: z.string(),
  type: z.number(),
  name: z.string().default(''),
  parent_id: z.string().nullish(),
  position: z.number().default(0),
  topic: z.string().nullish(),
  rate_limit_per_user: z.number().default(0),
  nsfw: z.boolean().default(false),
  permission_overwrites: z.array(apiOverwrite).default([]),
  user_limit: z.number().nullish(),
  bitrate: z.number().nullish(),
  available_tags: z.array(apiForumTag).nullish(),
  default_sort_order: z.number().nullish(),
});

/**
 * Reads a channel object returned by Discord, or null when its type is not one Guildhall
 * manages. User limit and bitrate are read for voice and stage channels only, tags and
 * sort order for forums only (0, 0, [] and null for the other kinds).
 * @param data - a channel object from REST or the gateway
 * @see https://discord.com/developers/docs/resources/channel#channel-object
 */
export function parseChannelSnapshot(data: unknown): ChannelSnapshot | null {
  const d = apiChannel.parse(data);
  const kind = channelKindOf(d.type);
  if (kind === null) return null;
  const voice = kind === 'voice' || kind === 'stage';
  const forum = kind === 'forum';
  return {
    id: d.id,
    name: d.name,
    kind,
    parentId: d.parent_id ?? null,
    position: d.position,
    topic: d.topic ?? null,
    rateLimitPerUser: d.rate_limit_per_user,
    nsfw: d.nsfw,
    permissionOverwrites: d.permission_overwrites.map((o) => ({
      id: o.id,
      type: o.type === MEMBER_OVERWRITE || o.type === 'member' ? 'member' : 'role',
      allow: o.allow,
      deny: o.deny,
    })),
    userLimit: voice ? (d.user_limit ?? 0) : 0,
    bitrate: voice ? (d.bitrate ?? 0) : 0,
    availableTags: forum ? (d.available_tags ?? []).map(parseForumTag) : [],
    defaultSortOrder: forum ? parseSortOrder(d.default_sort_order) : null,
  };
}

/**
 * Like {@link parseChannelSnapshot}, for an answer that must be a channel Guildhall manages.
 * @param data - Discord's answer to a channel write
 * @throws Error for a channel type Guildhall does not manage
 */
export function requireChannelSnapshot(data: unknown): ChannelSnapshot {
  const channel = parseChannelSnapshot(data);
  if (channel === null) throw new Error('Discord returned a channel of a type Guildhall does not manage');
  return channel;
}

/** The JSON fields of Create Guild Channel / Modify Channel that Guildhall sets. */
export interface ChannelBody {
  name?: string;
  type?: ChannelType;
  parent_id?: string | null;
  topic?: string | null;
  position?: number;
  rate_limit_per_user?: number;
  nsfw?: boolean;
  user_limit?: number;
  bitrate?: number;
  permission_overwrites?: { id: string; type: OverwriteType; allow: string; deny: string }[];
  available_tags?: ForumTagBody[];
  default_sort_order?: SortOrderType | null;
}

/**
 * The request body for a channel spec (or patch); fields left out are not sent.
 * @param spec - the whole spec on create, the changed fields on edit
 * @see https://discord.com/developers/docs/resources/guild#create-guild-channel
 * @see https://discord.com/developers/docs/resources/channel#modify-channel
 */
export function toChannelBody(spec: Partial<ChannelSpec>): ChannelBody {
  const body: ChannelBody = {};
  if (spec.name !== undefined) body.name = spec.name;
  if (spec.kind !== undefined) body.type = channelTypeOf(spec.kind);
  if (spec.parentId !== undefined) body.parent_id = spec.parentId;
  if (spec.topic !== undefined) body.topic = spec.topic;
  if (spec.position !== undefined) body.position = spec.position;
  if (spec.rateLimitPerUser !== undefined) body.rate_limit_per_user = spec.rateLimitPerUser;
  if (spec.nsfw !== undefined) body.nsfw = spec.nsfw;
  if (spec.userLimit !== undefined) body.user_limit = spec.userLimit;
  if (spec.bitrate !== undefined) body.bitrate = spec.bitrate;
  if (spec.permissionOverwrites !== undefined) body.permission_overwrites = spec.permissionOverwrites.map(toOverwrite);
  if (spec.availableTags !== undefined) body.available_tags = spec.availableTags.map(toForumTagBody);
  if (spec.defaultSortOrder !== undefined) body.default_sort_order = toSortOrderType(spec.defaultSortOrder);
  return body;
}

function toOverwrite(o: PermissionOverwrite): { id: string; type: OverwriteType; allow: string; deny: string } {
  return {
    id: o.id,
    type: o.type === 'member' ? OverwriteType.Member : OverwriteType.Role,
    allow: o.allow,
    deny: o.deny,
  };
}

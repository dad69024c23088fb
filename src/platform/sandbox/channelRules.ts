import { CHANNEL_LIMITS, SLOWMODE_MAX_SECONDS, VOICE_CHANNEL_LIMITS } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { InvalidRequest } from '../PlatformError.js';
import type { ChannelKind, ChannelSpec, ForumTag } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxDatabase } from './SandboxTables.js';
import { requireChannel } from './guildQueries.js';

/** A category holds at most 50 channels. */
export const CATEGORY_CHANNEL_LIMIT = CHANNEL_LIMITS.perCategory;
/** A forum offers at most 20 tags. */
export const FORUM_TAG_LIMIT = CHANNEL_LIMITS.forumTags;
/** Bitrate of a new voice or stage channel. */
export const DEFAULT_BITRATE = VOICE_CHANNEL_LIMITS.defaultBitrate;
const MIN_BITRATE = VOICE_CHANNEL_LIMITS.minBitrate;

/** Whether a kind has a user limit and bitrate. */
export function isVoiceKind(kind: string): kind is 'voice' | 'stage' {
  return kind === 'voice' || kind === 'stage';
}

/**
 * Checks the fields Discord validates, against the channel's kind. Fields a kind does not
 * have (a text channel's bitrate, a voice channel's tags) are ignored, as Discord ignores them.
 * @param kind - the channel's kind (after the change)
 * @param spec - the whole spec or the changed fields
 * @param channelId - the channel edited, or null when creating
 * @throws InvalidRequest naming the broken rule
 * @see https://discord.com/developers/docs/resources/guild#create-guild-channel
 */
export async function assertValidSpec(
  ctx: SandboxContext,
  kind: ChannelKind,
  spec: Partial<ChannelSpec>,
  channelId: string | null,
): Promise<void> {
  if (kind === 'thread') throw new InvalidRequest('threads are started with createThread');
  if (spec.rateLimitPerUser !== undefined && !inRange(spec.rateLimitPerUser, 0, SLOWMODE_MAX_SECONDS)) {
    throw new InvalidRequest(`rateLimitPerUser must be 0–${SLOWMODE_MAX_SECONDS} seconds`);
  }
  const topicLimit = kind === 'forum' ? CHANNEL_LIMITS.forumTopic : CHANNEL_LIMITS.topic;
  if (spec.topic != null && spec.topic.length > topicLimit) {
    throw new InvalidRequest(`a ${kind} channel topic is at most ${topicLimit} characters`);
  }
  if (spec.parentId != null) {
    if (kind === 'category') throw new InvalidRequest('a category cannot be inside another category');
    await assertCategoryHasRoom(ctx.db, spec.parentId, channelId === null ? [] : [channelId], 1);
  }
  if (isVoiceKind(kind)) assertVoiceSettings(kind, spec);
  if (kind === 'forum' && spec.availableTags !== undefined) assertForumTags(spec.availableTags);
}

/**
 * Checks that `parentId` is a category with room for the channels arriving.
 * @param db - the sandbox tables
 * @param parentId - the category
 * @param moving - channels not to count where they are now (they are moving)
 * @param arriving - how many channels move into it
 * @throws SandboxNotFoundError for an unknown channel
 * @throws InvalidRequest for a non-category or a full category
 */
export async function assertCategoryHasRoom(
  db: SandboxDatabase,
  parentId: string,
  moving: readonly string[],
  arriving: number,
): Promise<void> {
  const parent = await requireChannel(db, parentId);
  if (parent.kind !== 'category') throw new InvalidRequest(`parent #${parent.name} is not a category`);
  const children = await db
    .selectFrom('sandbox_channels')
    .select('id')
    .where('parent_id', '=', parentId)
    .where('kind', '!=', 'thread')
    .execute();
  if (children.filter((child) => !moving.includes(child.id)).length + arriving > CATEGORY_CHANNEL_LIMIT) {
    throw new InvalidRequest(`Maximum number of channels in category reached (${CATEGORY_CHANNEL_LIMIT})`);
  }
}

function assertVoiceSettings(kind: 'voice' | 'stage', spec: Partial<ChannelSpec>): void {
  const bounds = VOICE_CHANNEL_LIMITS[kind];
  if (spec.userLimit !== undefined && !inRange(spec.userLimit, 0, bounds.users)) {
    throw new InvalidRequest(`a ${kind} channel's userLimit must be 0 (no limit) to ${bounds.users}`);
  }
  if (spec.bitrate !== undefined && !inRange(spec.bitrate, MIN_BITRATE, bounds.bitrate)) {
    throw new InvalidRequest(`a ${kind} channel's bitrate must be ${MIN_BITRATE}–${bounds.bitrate} bits per second`);
  }
}

function assertForumTags(tags: readonly ForumTag[]): void {
  if (tags.length > FORUM_TAG_LIMIT) {
    throw new InvalidRequest(
      `Maximum number of tags in a forum channel has been reached (${FORUM_TAG_LIMIT})`,
      DISCORD_ERROR_CODES.maximumForumTags,
    );
  }
  for (const tag of tags) {
    if (tag.name.length > CHANNEL_LIMITS.forumTagName) {
      throw new InvalidRequest(`forum tag "${tag.name}" is longer than ${CHANNEL_LIMITS.forumTagName} characters`);
    }
  }
  if (new Set(tags.map((tag) => tag.name)).size !== tags.length) throw new InvalidRequest('Tag names must be unique');
}

/**
 * The `available_tags` column for a forum: a tag whose id the forum already has keeps it
 * (and so its place on posts); any other tag gets a fresh id, as Discord creates it.
 * @param tags - the tags asked for
 * @param current - the forum's tags before the change ([] when creating)
 */
export async function forumTagsColumn(
  ctx: SandboxContext,
  tags: readonly ForumTag[],
  current: readonly ForumTag[],
): Promise<string> {
  const known = new Set(current.map((tag) => tag.id));
  const stored: ForumTag[] = [];
  for (const tag of tags) {
    const id = tag.id !== undefined && known.has(tag.id) ? tag.id : await ctx.nextId();
    stored.push({ id, name: tag.name, moderated: tag.moderated, emoji: tag.emoji });
  }
  return JSON.stringify(stored);
}

function inRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

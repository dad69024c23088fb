import { SortOrderType } from 'discord.js';
import { z } from 'zod';
import type { ChannelSnapshot, ForumTag } from '../Platform.js';

/** How a forum sorts its posts by default, or null when no admin chose. */
export type ForumSortOrder = ChannelSnapshot['defaultSortOrder'];

/**
 * A forum tag as Discord sends it. At most one of `emoji_id` (custom) and `emoji_name`
 * (unicode) is set.
 * @see https://discord.com/developers/docs/resources/channel#forum-tag-object
 */
export const apiForumTag = z.object({
  id: z.string(),
  name: z.string(),
  moderated: z.boolean().default(false),
  emoji_id: z.string().nullish(),
  emoji_name: z.string().nullish(),
});

/** The fields of a tag in `available_tags` that Guildhall sends (Discord needs only `name`). */
export interface ForumTagBody {
  id?: string;
  name: string;
  moderated: boolean;
  emoji_name: string | null;
}

/**
 * Reads a forum tag. A custom emoji (`emoji_id`) has no place in {@link ForumTag}, which
 * carries unicode emoji only, so such a tag reads as having no emoji.
 * @param tag - a parsed tag object
 */
export function parseForumTag(tag: z.infer<typeof apiForumTag>): ForumTag {
  return { id: tag.id, name: tag.name, moderated: tag.moderated, emoji: tag.emoji_name ?? null };
}

/**
 * The tag as sent in Create Guild Channel / Modify Channel: a tag with an id keeps it (and
 * the threads tagged with it); one without is created.
 * @param tag - the tag
 * @see https://discord.com/developers/docs/resources/channel#modify-channel
 */
export function toForumTagBody(tag: ForumTag): ForumTagBody {
  return {
    ...(tag.id === undefined ? {} : { id: tag.id }),
    name: tag.name,
    moderated: tag.moderated,
    emoji_name: tag.emoji,
  };
}

/**
 * Reads `default_sort_order`: 0 latest activity, 1 creation date, null when not set (an
 * unknown future value also reads as null).
 * @param value - the field as Discord sent it
 * @see https://discord.com/developers/docs/resources/channel#channel-object-sort-order-types
 */
export function parseSortOrder(value: number | null | undefined): ForumSortOrder {
  if (value === SortOrderType.LatestActivity) return 'latest_activity';
  if (value === SortOrderType.CreationDate) return 'creation_date';
  return null;
}

/**
 * The `default_sort_order` number for a sort order (null resets it).
 * @param order - the sort order
 */
export function toSortOrderType(order: ForumSortOrder): SortOrderType | null {
  if (order === null) return null;
  return order === 'latest_activity' ? SortOrderType.LatestActivity : SortOrderType.CreationDate;
}

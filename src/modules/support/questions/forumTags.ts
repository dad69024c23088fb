import type { ChannelSnapshot } from '../../../platform/Platform.js';
import { CHANNEL_LIMITS } from '../../../platform/discordLimits.js';

type Forum = Pick<ChannelSnapshot, 'availableTags'> | undefined;

/**
 * The names of the tags a forum post carries, in the forum's order, its status tag left out
 * (Solved on a question, Verified on a guide: a status, not a topic; the stored tags hold
 * topics only).
 * @param forum - the parent forum (a text channel has no tags)
 * @param appliedTags - the post's tag ids
 * @param statusTag - the status tag's name (`solutions.solvedTag`, `knowledgeBase.verifiedTag`)
 */
export function topicTagNames(forum: Forum, appliedTags: readonly string[], statusTag: string): string[] {
  const applied = new Set(appliedTags);
  return (forum?.availableTags ?? [])
    .filter((tag) => tag.id !== undefined && applied.has(tag.id) && tag.name !== statusTag)
    .map((tag) => tag.name);
}

/**
 * The id of the forum's tag with this name, or null when the forum has none.
 * @param forum - the parent forum
 * @param name - the tag's name
 */
export function tagIdByName(forum: Forum, name: string): string | null {
  return forum?.availableTags.find((tag) => tag.name === name)?.id ?? null;
}

/**
 * The ids of tags by name (names the forum lacks are left out).
 * @param forum - the parent forum
 * @param names - tag names
 */
export function tagIdsOf(forum: Forum, names: readonly string[]): string[] {
  const wanted = new Set(names);
  return (forum?.availableTags ?? []).flatMap((tag) => (tag.id !== undefined && wanted.has(tag.name) ? [tag.id] : []));
}

/**
 * The tag ids a post carries with its topic tags and, when `statusTagId` is given, the status
 * tag: at most 4 topics next to the status tag (Discord allows 5 per post), so the status tag is
 * never the one cut.
 * @param forum - the parent forum
 * @param topics - the post's topic tag names (as stored)
 * @param statusTagId - the status tag's id, or null to leave it off
 */
export function postTagIds(forum: Forum, topics: readonly string[], statusTagId: string | null): string[] {
  const ids = tagIdsOf(forum, topics);
  if (statusTagId === null) return ids.slice(0, CHANNEL_LIMITS.appliedTags);
  return [...ids.slice(0, CHANNEL_LIMITS.appliedTags - 1), statusTagId];
}

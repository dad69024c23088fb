import type { ChannelSnapshot } from '../../../platform/Platform.js';

/**
 * The names of the tags a forum post carries, in the forum's order, the solved tag left out
 * (it is the question's status, not a topic: `support_questions.tags` holds topics only).
 * @param forum - the parent forum (a text channel has no tags)
 * @param appliedTags - the post's tag ids
 * @param solvedTag - `support.solutions.solvedTag`
 */
export function topicTagNames(
  forum: Pick<ChannelSnapshot, 'availableTags'> | undefined,
  appliedTags: readonly string[],
  solvedTag: string,
): string[] {
  const applied = new Set(appliedTags);
  return (forum?.availableTags ?? [])
    .filter((tag) => tag.id !== undefined && applied.has(tag.id) && tag.name !== solvedTag)
    .map((tag) => tag.name);
}

/**
 * The id of the forum's solved tag, or null when the forum has no tag by that name.
 * @param forum - the parent forum
 * @param solvedTag - `support.solutions.solvedTag`
 */
export function solvedTagId(
  forum: Pick<ChannelSnapshot, 'availableTags'> | undefined,
  solvedTag: string,
): string | null {
  return forum?.availableTags.find((tag) => tag.name === solvedTag)?.id ?? null;
}

/**
 * The ids of tags by name (names the forum lacks are left out).
 * @param forum - the parent forum
 * @param names - tag names
 */
export function tagIdsOf(
  forum: Pick<ChannelSnapshot, 'availableTags'> | undefined,
  names: readonly string[],
): string[] {
  const wanted = new Set(names);
  return (forum?.availableTags ?? []).flatMap((tag) => (tag.id !== undefined && wanted.has(tag.name) ? [tag.id] : []));
}

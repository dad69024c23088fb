/** Longest tag (an interest, a domain of expertise). */
export const TAG_MAX = 40;
/** Most tags in one list. */
export const TAGS_MAX = 20;

/**
 * Comma-separated items, trimmed and lower-cased, blanks and repeats dropped, in the order written.
 * @param text - what the member wrote
 */
export function splitList(text: string): string[] {
  const items = text
    .split(/[,;\n]/)
    .map((item) => item.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((item) => item !== '');
  return [...new Set(items)];
}

/**
 * Free tags (interests, domains): the list, or a problem naming what is wrong.
 * @param text - what the member wrote
 * @param what - the list's name in the problem (`Interests`)
 */
export function parseTags(text: string, what: string): { tags: string[] } | { problem: string } {
  const tags = splitList(text);
  const long = tags.filter((tag) => tag.length > TAG_MAX);
  if (long.length > 0) return { problem: `${what}: each tag is at most ${TAG_MAX} characters (${long.join(', ')}).` };
  if (tags.length > TAGS_MAX) return { problem: `${what}: at most ${TAGS_MAX} tags (you wrote ${tags.length}).` };
  return { tags };
}

import twitterText from 'twitter-text';

/**
 * A hashtag as given (with or without `#`) made comparable: no `#`, or null when it is not a
 * hashtag (letters, digits and `_`, at least one letter as on X).
 * @param tag - `#Release`, `release`, `open source` (not one)
 */
export function normaliseHashtag(tag: string): string | null {
  const bare = tag.trim().replace(/^#/, '');
  return /^[\p{L}\p{N}_]{1,100}$/u.test(bare) && /[\p{L}_]/u.test(bare) ? bare : null;
}

/**
 * The hashtags a text holds, each once (case-insensitive), in order.
 * @param text - plain or markdown text
 */
export function hashtagsIn(text: string): string[] {
  return dedupe(twitterText.extractHashtags(text));
}

/**
 * The text with only its first `limit` distinct hashtags left as hashtags: later ones lose
 * their `#` (the word stays).
 * @param text - the text
 * @param limit - how many distinct hashtags may stay
 */
export function keepHashtags(text: string, limit: number): string {
  // Dropping a `#` can make another one (`##x` → `#x`): repeat until none is left over.
  let out = text;
  while (hashtagsIn(out).length > limit) {
    const next = dropHashtags(out, limit);
    if (next === out) break;
    out = next;
  }
  return out;
}

function dropHashtags(text: string, limit: number): string {
  const kept = new Set(
    hashtagsIn(text)
      .slice(0, limit)
      .map((t) => t.toLowerCase()),
  );
  const found = twitterText.extractHashtagsWithIndices(text);
  // twitter-text's indices count UTF-16 code units, as `slice` does.
  let out = text;
  for (const { hashtag, indices } of [...found].reverse()) {
    if (!kept.has(hashtag.toLowerCase())) out = out.slice(0, indices[0]) + out.slice(indices[0] + 1);
  }
  return out;
}

/**
 * The hashtags to append: the given ones (announcement's, then the configured), valid, each
 * once, leaving out those the text holds, so that text and appended together hold at most `limit`.
 * @param inText - hashtags the text holds (at most `limit`)
 * @param given - candidates, with or without `#`
 * @param limit - the platform's hashtag limit
 */
export function hashtagsToAppend(inText: readonly string[], given: readonly string[], limit: number): string[] {
  const present = new Set(inText.map((t) => t.toLowerCase()));
  const valid = given.map(normaliseHashtag).filter((t): t is string => t !== null);
  return dedupe(valid)
    .filter((t) => !present.has(t.toLowerCase()))
    .slice(0, Math.max(0, limit - present.size));
}

function dedupe(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const cache = new Map<string, RegExp>();

/**
 * A case-insensitive pattern matching any of the thanks words as whole words ("ty" in
 * "type" does not count; "thank you!" does).
 * @param words - the configured words
 */
export function thanksPattern(words: readonly string[]): RegExp {
  const key = words.join('\u0000');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+'),
    );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  cache.set(key, pattern);
  return pattern;
}

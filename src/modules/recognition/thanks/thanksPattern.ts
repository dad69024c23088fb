/**
 * A case-insensitive pattern matching any of the thanks words as whole words ("ty" in
 * "type" does not count; "thank you!" does). Built once per engine (`ctx.state`).
 * @param words - the configured words
 */
export function thanksPattern(words: readonly string[]): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

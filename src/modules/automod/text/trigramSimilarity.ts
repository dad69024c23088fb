/**
 * The character trigrams of a text (with a space on either side, so short words count).
 * @param text - normalised text
 */
export function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * Jaccard similarity of two trigram sets: 1 for the same text, near 1 for a copy with a
 * word or a random suffix changed, near 0 for unrelated texts.
 * @param a - trigrams of one text
 * @param b - trigrams of the other
 */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared += 1;
  return shared / (a.size + b.size - shared);
}

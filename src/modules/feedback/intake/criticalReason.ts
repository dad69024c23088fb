/** What decides whether an item is critical (`feedback.critical`). */
export interface CriticalRules {
  /** Words or phrases (lower case) that make an item critical. */
  keywords: readonly string[];
  /** A score (-1 … 1) at or below this is critical. */
  scoreAtMost: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A keyword as a whole-word, any-case pattern: letters or digits may not touch it on either
 * side, and the spaces of a phrase match any run of white space (`data loss`, `data  loss`).
 * @param keyword - a word or phrase
 */
export function keywordPattern(keyword: string): RegExp {
  const words = keyword.trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${words}(?![\\p{L}\\p{N}_])`, 'iu');
}

/**
 * Why an item is critical: `keyword:<word>` for the first configured keyword its text holds
 * (whole words, any case), else `sentiment` when its score is at or below the threshold; null
 * when it is not critical.
 * @param text - the item's title and text
 * @param score - its sentiment score (-1 … 1)
 * @param rules - `feedback.critical`
 */
export function criticalReason(text: string, score: number, rules: CriticalRules): string | null {
  const keyword = rules.keywords.find((k) => k.trim() !== '' && keywordPattern(k).test(text));
  if (keyword !== undefined) return `keyword:${keyword.trim()}`;
  return score <= rules.scoreAtMost ? 'sentiment' : null;
}

import type { LexiconMatch } from './sentimentNlp.js';

/** The AFINN scale of `feedback.sentiment.words` (-5 … 5) over wink-nlp's valence scale (-1 … 1). */
const AFINN_MAX = 5;

/** A community word or phrase found in a text: its tokens and its valence (-1 … 1). */
export interface CommunityMatch {
  start: number;
  end: number;
  valence: number;
}

/** Community words as token sequences, longest first, for {@link findCommunityWords}. */
export type CommunityWords = readonly { tokens: readonly string[]; valence: number }[];

/**
 * `feedback.sentiment.words` as token sequences (a phrase such as `data loss` is two tokens),
 * longest first so a phrase wins over a word inside it; valence rescaled to -1 … 1.
 * @param words - word or phrase → valence -5 … 5
 */
export function compileCommunityWords(words: Readonly<Record<string, number>>): CommunityWords {
  return Object.entries(words)
    .map(([word, value]) => ({
      tokens: word
        .toLowerCase()
        .split(/\s+/)
        .filter((t) => t.length > 0),
      valence: Math.max(-1, Math.min(1, value / AFINN_MAX)),
    }))
    .filter((w) => w.tokens.length > 0)
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

/**
 * Where community words occur among a document's tokens (by their normal, lower-case form),
 * without overlaps.
 * @param normals - each token's normal form
 * @param words - compiled community words
 */
export function findCommunityWords(normals: readonly string[], words: CommunityWords): CommunityMatch[] {
  if (words.length === 0) return [];
  const taken = new Array<boolean>(normals.length).fill(false);
  const found: CommunityMatch[] = [];
  for (const word of words) {
    const n = word.tokens.length;
    for (let i = 0; i + n <= normals.length; i += 1) {
      if (!word.tokens.every((t, k) => normals[i + k] === t && taken[i + k] === false)) continue;
      for (let k = 0; k < n; k += 1) taken[i + k] = true;
      found.push({ start: i, end: i + n - 1, valence: word.valence });
    }
  }
  return found;
}

/**
 * The lexicon matches with the community's words in place of the library's: a library match
 * that shares a token with a community word is dropped, and the community word counts with its
 * own valence (a valence of 0 makes the word neutral: it is not counted at all).
 * @param library - wink-nlp's matches
 * @param community - the community words found
 */
export function mergeMatches(library: readonly LexiconMatch[], community: readonly CommunityMatch[]): LexiconMatch[] {
  if (community.length === 0) return [...library];
  const overlaps = (m: LexiconMatch) => community.some((c) => m.start <= c.end && c.start <= m.end);
  return [...library.filter((m) => !overlaps(m)), ...community.filter((c) => c.valence !== 0)].sort(
    (a, b) => a.start - b.start,
  );
}

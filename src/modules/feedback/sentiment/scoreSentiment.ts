import type { SentimentLabel } from '../config/FeedbackTypes.js';
import { compileCommunityWords, findCommunityWords, mergeMatches, type CommunityWords } from './communityValence.js';
import { prepareText } from './prepareText.js';
import type { Sentiment, SentimentSettings } from './Sentiment.js';
import { readWithMatches, sentimentNlp, type LexiconMatch } from './sentimentNlp.js';

const NEUTRAL: Sentiment = { label: 'neutral', score: 0 };

// The last settings' words compiled: handlers pass the same config object for every message.
let compiledFor: Readonly<Record<string, number>> | null = null;
let compiled: CommunityWords = [];

function communityWords(words: Readonly<Record<string, number>>): CommunityWords {
  if (compiledFor !== words) {
    compiled = compileCommunityWords(words);
    compiledFor = words;
  }
  return compiled;
}

/**
 * wink-nlp's document score, from its matches: each sentence scores the mean of its matches'
 * valences (negated when wink-nlp marks the match's first token as negated), the document the
 * mean over its sentences.
 */
function documentScore(
  matches: readonly LexiconMatch[],
  sentences: readonly (readonly number[])[],
  negated: readonly boolean[],
): number {
  if (sentences.length === 0) return 0;
  let total = 0;
  for (const [first = 0, last = -1] of sentences) {
    const inside = matches.filter((m) => m.start >= first && m.start <= last);
    if (inside.length === 0) continue;
    const sum = inside.reduce((s, m) => s + (negated[m.start] === true ? -m.valence : m.valence), 0);
    total += sum / inside.length;
  }
  return total / sentences.length;
}

/** The text's score: wink-nlp's own, or recomputed from its matches with the community's words. */
function scoreOf(text: string, words: CommunityWords): number {
  const { doc, matches } = readWithMatches(text);
  /* eslint-disable @typescript-eslint/unbound-method -- wink-nlp knows its `its` helpers by reference (a bound copy is not recognised); they do not use `this` */
  const its = sentimentNlp().its;
  if (words.length === 0) return Number(doc.out(its.sentiment));
  const found = findCommunityWords(doc.tokens().out(its.normal), words);
  // wink-nlp types `out(its.span)` and `out(its.negationFlag)` loosely (string[] unions).
  const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
  const negated = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  /* eslint-enable @typescript-eslint/unbound-method */
  return documentScore(mergeMatches(matches, found), sentences, negated);
}

/**
 * The class of a score by the configured thresholds.
 * @param score - -1 … 1
 * @param settings - `positiveAbove` and `negativeBelow`
 */
export function labelOf(
  score: number,
  settings: Pick<SentimentSettings, 'positiveAbove' | 'negativeBelow'>,
): SentimentLabel {
  if (score > settings.positiveAbove) return 'positive';
  if (score < settings.negativeBelow) return 'negative';
  return 'neutral';
}

/**
 * A text's sentiment: wink-nlp's lexicon score (negation-aware, emoji and emoticons included;
 * mentions and links ignored; the first 2,000 characters), with the community's words
 * (`feedback.sentiment.words`, -5 … 5) replacing the library's valence for those words, then
 * classed by `positiveAbove` / `negativeBelow`.
 * @param text - what a member wrote
 * @param settings - thresholds and community words
 */
export function scoreSentiment(text: string, settings: SentimentSettings): Sentiment {
  const prepared = prepareText(text);
  if (prepared.length === 0) return NEUTRAL;
  const words = communityWords(settings.words);
  const score = scoreOf(prepared, words);
  const rounded = Math.round(Math.max(-1, Math.min(1, score)) * 10_000) / 10_000;
  return { label: labelOf(rounded, settings), score: rounded };
}

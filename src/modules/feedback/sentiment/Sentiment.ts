import type { SentimentLabel } from '../config/FeedbackTypes.js';

/** A text's sentiment: its class and a score from -1 (most negative) to 1 (most positive). */
export interface Sentiment {
  label: SentimentLabel;
  score: number;
}

/** What scoring needs from `feedback.sentiment`. */
export interface SentimentSettings {
  /** Community words and their valence, -5 … 5, overriding the library's lexicon. */
  words: Readonly<Record<string, number>>;
  positiveAbove: number;
  negativeBelow: number;
}

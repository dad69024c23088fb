import type { Sentiment, SentimentSettings } from './Sentiment.js';

/**
 * A text's sentiment. (Placeholder while the library-backed scorer is built: a text is
 * neutral.)
 * @param text - what a member wrote
 * @param settings - thresholds and community words
 */
export function scoreSentiment(text: string, settings: SentimentSettings): Sentiment {
  return { label: text.length < 0 || settings.positiveAbove > 1 ? 'positive' : 'neutral', score: 0 };
}

import twitterText from 'twitter-text';
import type { CrosspostPlatform } from '../platformLimits.js';

/**
 * A text's length as a platform counts it: on X, twitter-text's weighted length (links count
 * 23, most CJK and emoji 2); on Discord, UTF-16 code units (what its 2000-character check
 * counts, never less than code points); elsewhere Unicode code points.
 * @param platform - whose count
 * @param text - the text
 * @see https://developer.x.com/en/docs/counting-characters
 */
export function textLength(platform: CrosspostPlatform, text: string): number {
  if (platform === 'x') return twitterText.parseTweet(text).weightedLength;
  if (platform === 'discord') return text.length;
  return Array.from(text).length;
}

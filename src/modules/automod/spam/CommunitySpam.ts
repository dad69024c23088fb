import type { MessageText } from '../text/MessageText.js';
import type { PromoDomains } from './PromoDomains.js';
import { spamFeaturesOf } from './spamFeatures.js';
import type { SpamCounts, SpamModel } from './SpamModel.js';

/** A message a community's moderators decided about. */
export interface LearnedExample {
  content: string;
  label: 'spam' | 'ham';
}

/**
 * What one community taught the spam triggers through its moderators' decisions: the
 * features of messages they confirmed as spam or cleared, added to the shipped model's
 * counts with a weight (one decision outweighs many corpus messages), and the exact texts,
 * so the same message is judged as they judged it.
 */
export class CommunitySpam implements SpamCounts {
  readonly features = new Map<string, [number, number]>();
  spamTotal = 0;
  hamTotal = 0;
  readonly #spamTexts = new Set<string>();
  readonly #hamTexts = new Set<string>();

  /**
   * @param examples - the community's labelled messages, oldest first (a later decision on the same text wins)
   * @param weight - how many corpus messages one decision counts as
   * @param promo - the promotional domains (for the features)
   * @param analyse - turns content into analysed text
   */
  constructor(
    examples: readonly LearnedExample[],
    weight: number,
    promo: PromoDomains,
    analyse: (content: string) => MessageText,
  ) {
    for (const example of examples) {
      const text = analyse(example.content);
      const key = text.comparable;
      if (key === '') continue;
      const side = example.label === 'spam' ? 0 : 1;
      (example.label === 'spam' ? this.#spamTexts : this.#hamTexts).add(key);
      (example.label === 'spam' ? this.#hamTexts : this.#spamTexts).delete(key);
      for (const feature of spamFeaturesOf(text, promo)) {
        let pair = this.features.get(feature);
        if (pair === undefined) {
          pair = [0, 0];
          this.features.set(feature, pair);
        }
        pair[side] += weight;
        if (side === 0) this.spamTotal += weight;
        else this.hamTotal += weight;
      }
    }
  }

  /** True when nothing was learned. */
  get empty(): boolean {
    return this.#spamTexts.size === 0 && this.#hamTexts.size === 0;
  }

  /**
   * How moderators judged this exact text (after normalisation), or null.
   * @param text - the message text
   */
  verdictOn(text: MessageText): 'spam' | 'ham' | null {
    if (this.empty) return null;
    const key = text.comparable;
    if (this.#hamTexts.has(key)) return 'ham';
    if (this.#spamTexts.has(key)) return 'spam';
    return null;
  }

  /**
   * The probability that a message is spam, with this community's counts.
   * @param model - the shipped model
   * @param features - the message's features
   */
  probability(model: SpamModel, features: readonly string[]): number {
    return this.empty ? model.probability(features) : model.probability(features, this);
  }
}

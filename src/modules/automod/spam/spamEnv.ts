import type { SpamEnv } from '../parts/TriggerPart.js';
import { MessageText } from '../text/MessageText.js';
import { CommunitySpam, type LearnedExample } from './CommunitySpam.js';
import { PromoDomains, shippedPromoDomains } from './PromoDomains.js';
import { shippedSpamModel } from './shippedSpamModel.js';

/**
 * What the spam triggers read, built from the shipped files (for benches and tests; the
 * runtime keeps its own, read once).
 * @param learned - a community's decided messages
 * @param weight - how many corpus messages one decision counts as
 */
export function shippedSpamEnv(learned: readonly LearnedExample[] = [], weight = 1): SpamEnv {
  const promo = new PromoDomains(shippedPromoDomains());
  return {
    model: shippedSpamModel(),
    promo,
    community: new CommunitySpam(learned, weight, promo, (content) => new MessageText(content)),
  };
}

import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { spamFeaturesOf } from '../spam/spamFeatures.js';
import { singleMessageDetection } from './evidence.js';

/** `spam_classifier`: the shipped spam model, tuned by the community's moderators. */
export const spamClassifierTrigger = defineMessageTrigger({
  id: 'spam_classifier',
  name: 'Spam classifier',
  description:
    "A naive Bayes model of spam (trained on labelled spam corpora shipped in `data/spam-corpora`, see docs/automod.md) gives the message a probability of being spam above `threshold`. With `automod.spamLearning` on, the community's moderators tune it: messages of cases they confirm count as spam, messages of cases they overturn on appeal as not spam, and the same message is then judged as they judged it.",
  settings: z
    .object({
      threshold: z
        .number()
        .min(0.5)
        .max(1)
        .nullable()
        .default(null)
        .describe(
          "Probability above which a message is spam; null: the model's own (chosen when training, ≤ 0.5 % false positives in cross-validation).",
        ),
      minWords: z
        .number()
        .int()
        .min(1)
        .max(100)
        .default(4)
        .describe('Messages with fewer words (links not counted) are never judged: too little to go on.'),
    })
    .strict(),
  compile({ threshold, minWords }) {
    return {
      windowMs: 0,
      detect(facts, env) {
        const { model, promo, community } = env.spam;
        const verdict = community.verdictOn(facts.text);
        if (verdict === 'ham') return null;
        if (verdict === 'spam')
          return singleMessageDetection(facts, 'the same as a message moderators confirmed as spam');
        const features = spamFeaturesOf(facts.text, promo);
        if (wordCount(features) < minWords) return null;
        const p = community.probability(model, features);
        if (p <= (threshold ?? model.threshold)) return null;
        return singleMessageDetection(facts, `spam classifier: ${(p * 100).toFixed(1)} % likely spam`);
      },
    };
  },
});

/** Words among the features: not markers (`#…`), not word pairs. */
function wordCount(features: readonly string[]): number {
  let count = 0;
  for (const feature of features) if (!feature.startsWith('#') && !feature.includes(' ')) count += 1;
  return count;
}

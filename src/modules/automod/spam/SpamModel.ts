import { z } from 'zod';

/** Smoothing of the counts (Laplace). */
const ALPHA = 1;

/** The model file: how many spam and ham messages had each feature (`data/spam-model/spam-model.json`). */
export const SpamModelFile = z.object({
  format: z.literal('guildhall-spam-nb/1'),
  /** How the model was made: corpora, command, date. */
  trainedOn: z.array(z.string()),
  /** The probability above which a message is spam by default (chosen when training). */
  threshold: z.number().min(0).max(1),
  spamMessages: z.number().int().positive(),
  hamMessages: z.number().int().positive(),
  /** feature → [messages of spam with it, messages of ham with it]. */
  features: z.record(z.string(), z.tuple([z.number().nonnegative(), z.number().nonnegative()])),
});

/** A parsed model file. */
export type SpamModelFile = z.infer<typeof SpamModelFile>;

/** Counts a community's moderators added (their confirmed spam and overturned decisions). */
export interface SpamCounts {
  /** feature → [spam weight, ham weight]. */
  readonly features: ReadonlyMap<string, readonly [number, number]>;
  /** Total feature weight added on each side. */
  readonly spamTotal: number;
  readonly hamTotal: number;
}

/**
 * A naive Bayes spam model over message features ({@link spamFeatures}): each feature a
 * message has moves its log-odds of being spam by how much more often spam had it than ham
 * (features counted once per message, Laplace smoothing, equal priors). A community's own
 * counts are added to the shipped ones when it has any.
 */
export class SpamModel {
  readonly threshold: number;
  readonly trainedOn: readonly string[];
  readonly #counts: ReadonlyMap<string, readonly [number, number]>;
  readonly #spamTotal: number;
  readonly #hamTotal: number;
  readonly #vocabulary: number;
  /** Each feature's log-likelihood ratio with the shipped counts alone. */
  readonly #weights = new Map<string, number>();

  /** @param file - a parsed model file */
  constructor(file: SpamModelFile) {
    this.threshold = file.threshold;
    this.trainedOn = file.trainedOn;
    const counts = new Map<string, readonly [number, number]>();
    let spamTotal = 0;
    let hamTotal = 0;
    for (const [feature, pair] of Object.entries(file.features)) {
      counts.set(feature, pair);
      spamTotal += pair[0];
      hamTotal += pair[1];
    }
    this.#counts = counts;
    this.#spamTotal = spamTotal;
    this.#hamTotal = hamTotal;
    this.#vocabulary = counts.size;
    for (const [feature, [spam, ham]] of counts) this.#weights.set(feature, this.#ratio(spam, ham, 0, 0));
  }

  /**
   * The log-odds that a message with these features is spam (0: as likely as not).
   * @param features - the message's features
   * @param own - the community's own counts, if it has any
   */
  logOdds(features: readonly string[], own?: SpamCounts): number {
    let sum = 0;
    if (own === undefined || own.features.size === 0) {
      for (const feature of features) sum += this.#weights.get(feature) ?? 0;
      return sum;
    }
    for (const feature of features) {
      const base = this.#counts.get(feature);
      const added = own.features.get(feature);
      if (base === undefined && added === undefined) continue;
      sum += this.#ratio(
        (base?.[0] ?? 0) + (added?.[0] ?? 0),
        (base?.[1] ?? 0) + (added?.[1] ?? 0),
        own.spamTotal,
        own.hamTotal,
      );
    }
    return sum;
  }

  /**
   * The probability that a message with these features is spam.
   * @param features - the message's features
   * @param own - the community's own counts, if it has any
   */
  probability(features: readonly string[], own?: SpamCounts): number {
    return 1 / (1 + Math.exp(-this.logOdds(features, own)));
  }

  #ratio(spam: number, ham: number, extraSpam: number, extraHam: number): number {
    const spamTotal = this.#spamTotal + extraSpam + ALPHA * this.#vocabulary;
    const hamTotal = this.#hamTotal + extraHam + ALPHA * this.#vocabulary;
    return Math.log((spam + ALPHA) / spamTotal) - Math.log((ham + ALPHA) / hamTotal);
  }
}

/** A labelled message for training. */
export interface LabelledFeatures {
  spam: boolean;
  features: readonly string[];
}

/**
 * Counts features over labelled messages into a model file. Features seen in fewer than
 * `minCount` messages are left out (they say little and make the file large).
 * @param examples - labelled messages
 * @param options - threshold, provenance and the rarity cut-off
 */
export function countSpamFeatures(
  examples: readonly LabelledFeatures[],
  options: { threshold: number; trainedOn: string[]; minCount: number },
): SpamModelFile {
  const counts = new Map<string, [number, number]>();
  let spamMessages = 0;
  let hamMessages = 0;
  for (const example of examples) {
    if (example.spam) spamMessages += 1;
    else hamMessages += 1;
    for (const feature of new Set(example.features)) {
      let pair = counts.get(feature);
      if (pair === undefined) {
        pair = [0, 0];
        counts.set(feature, pair);
      }
      pair[example.spam ? 0 : 1] += 1;
    }
  }
  const features: Record<string, [number, number]> = {};
  for (const feature of [...counts.keys()].sort()) {
    const pair = counts.get(feature);
    if (pair !== undefined && pair[0] + pair[1] >= options.minCount) features[feature] = pair;
  }
  return {
    format: 'guildhall-spam-nb/1',
    trainedOn: options.trainedOn,
    threshold: options.threshold,
    spamMessages,
    hamMessages,
    features,
  };
}

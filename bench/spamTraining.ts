/**
 * Training of automod's spam classifier, shared by bench/spamTrain.ts (the shipped model) and
 * bench/spamEval.ts (the leave-one-corpus-out model): features of each message, a 5-fold
 * cross-validation on the training corpora alone to choose the threshold, counts over all.
 */
import {
  countSpamFeatures,
  MessageText,
  PromoDomains,
  shippedPromoDomains,
  spamFeaturesOf,
  SpamModel,
  type LabelledFeatures,
  type SpamModelFile,
} from '../src/modules/automod/index.js';
import type { Corpus } from './spamCorpora.js';

const FOLDS = 5;
const MIN_COUNT = 2;

/** Precision, recall, F1 and false-positive rate. */
export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}

/**
 * Scores from counts.
 * @param counts - true/false positives and negatives
 */
export function scores(counts: { tp: number; fp: number; fn: number; tn: number }): Scores {
  const { tp, fp, fn, tn } = counts;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    ...counts,
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    fpr: fp / Math.max(1, fp + tn),
  };
}

/** A trained model file and its cross-validation scores. */
export interface Trained {
  file: SpamModelFile;
  cv: Scores;
  messages: number;
  spam: number;
}

/**
 * Trains on corpora: the threshold is the lowest probability at which the out-of-fold
 * false-positive rate stays at or under `maxFpr`.
 * @param corpora - the training corpora
 * @param maxFpr - false-positive rate allowed in cross-validation
 * @param command - how to reproduce it (recorded in the file)
 */
export function trainSpamModel(corpora: readonly Corpus[], maxFpr: number, command: string): Trained {
  const promo = new PromoDomains(shippedPromoDomains());
  const examples: LabelledFeatures[] = corpora.flatMap((c) =>
    c.messages.map((m) => ({ spam: m.spam, features: spamFeaturesOf(new MessageText(m.text), promo) })),
  );
  const scored: { spam: boolean; p: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((_, i) => i % FOLDS !== fold);
    const model = new SpamModel(countSpamFeatures(train, { threshold: 0.5, trainedOn: [], minCount: MIN_COUNT }));
    examples.forEach((e, i) => {
      if (i % FOLDS === fold) scored.push({ spam: e.spam, p: model.probability(e.features) });
    });
  }
  const hams = scored
    .filter((s) => !s.spam)
    .map((s) => s.p)
    .sort((a, b) => b - a);
  const threshold = Number(Math.min(0.999999, Math.max(0.5, hams[Math.floor(maxFpr * hams.length)] ?? 0.5)).toFixed(6));
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of scored) {
    const flagged = s.p > threshold;
    if (flagged && s.spam) counts.tp += 1;
    else if (flagged) counts.fp += 1;
    else if (s.spam) counts.fn += 1;
    else counts.tn += 1;
  }
  const cv = scores(counts);
  const file = countSpamFeatures(examples, {
    threshold,
    trainedOn: [
      ...corpora.map(
        (c) => `${c.name} (${c.messages.length} messages, ${c.messages.filter((m) => m.spam).length} spam)`,
      ),
      `threshold by ${FOLDS}-fold cross-validation at <= ${(maxFpr * 100).toFixed(1)} % false positives: precision ${(cv.precision * 100).toFixed(1)} %, recall ${(cv.recall * 100).toFixed(1)} %, F1 ${cv.f1.toFixed(3)}, FPR ${(cv.fpr * 100).toFixed(2)} %`,
      command,
    ],
    minCount: MIN_COUNT,
  });
  return { file, cv, messages: examples.length, spam: examples.filter((e) => e.spam).length };
}

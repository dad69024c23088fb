/**
 * bench/spamTrain: trains automod's spam classifier (naive Bayes over message features) on
 * the corpora shipped under data/spam-corpora and writes data/spam-model/spam-model.json.
 * Deterministic: the same data gives the same file.
 *
 * The threshold is chosen by 5-fold cross-validation on the training corpora only (never on
 * the held-out corpora of bench/spamEval.ts): the lowest probability at which the
 * out-of-fold false-positive rate is at most `--max-fpr` (default 0.5 %).
 *
 *   npx tsx bench/spamTrain.ts [--max-fpr 0.005] [--out data/spam-model/spam-model.json]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { shippedSpamModelPath } from '../src/modules/automod/index.js';
import { sentimentSentences, smsSpamCollection } from './spamCorpora.js';
import { trainSpamModel } from './spamTraining.js';

const { values } = parseArgs({
  options: { 'max-fpr': { type: 'string', default: '0.005' }, out: { type: 'string' } },
});
const out = values.out ?? shippedSpamModelPath();
const corpora = [smsSpamCollection(), sentimentSentences()];
const trained = trainSpamModel(corpora, Number(values['max-fpr']), 'npx tsx bench/spamTrain.ts');
writeFileSync(out, `${JSON.stringify(trained.file)}\n`);
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
console.log(
  `bench/spamTrain: ${trained.messages} messages (${trained.spam} spam) from ${corpora.map((c) => c.name).join(', ')}`,
);
console.log(
  `  5-fold cross-validation at threshold ${trained.file.threshold}: precision ${pct(trained.cv.precision)}, recall ${pct(trained.cv.recall)}, F1 ${trained.cv.f1.toFixed(3)}, FPR ${(trained.cv.fpr * 100).toFixed(2)} %`,
);
console.log(`  ${Object.keys(trained.file.features).length} features → ${out}`);

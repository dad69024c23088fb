/**
 * bench/sentiment: how well feedback's sentiment scorer (wink-nlp + community words, none set
 * here) classes real labelled text, and how long it takes per text.
 *
 * - UCI Sentiment Labelled Sentences (Kotzias et al., KDD 2015; CC BY 4.0): all 3,000 review
 *   sentences, positive or negative (data/spam-corpora/sentiment-labelled-sentences). There is
 *   no neutral class: a sentence scored neutral counts as wrong.
 * - GoEmotions (Demszky et al., ACL 2020; google-research/goemotions, CC BY 4.0), grouped into
 *   ambiguous / negative / neutral / positive by RhiM1/GoEmotions-pytorch (Apache-2.0):
 *   Reddit comments (bench/data/sentiment/goemotions). Only comments with exactly one label
 *   among negative / neutral / positive are scored; ambiguous-only and multi-label comments are
 *   left out (counted in the output). The test split is reported; `--tune` searches the
 *   thresholds on the dev split only.
 *
 * The VADER ground-truth ratings (Hutto & Gilbert, 2014) are not used: they are kept aside
 * for an independent check.
 *
 *   npx tsx bench/sentiment.ts [--tune] [--positive-above 0.05] [--negative-below -0.05]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { labelOf, scoreSentiment, type SentimentLabel } from '../src/modules/feedback/index.js';

const { values } = parseArgs({
  options: {
    tune: { type: 'boolean', default: false },
    'positive-above': { type: 'string', default: '0.05' },
    'negative-below': { type: 'string', default: '-0.05' },
  },
});
const settings = {
  words: {},
  positiveAbove: Number(values['positive-above']),
  negativeBelow: Number(values['negative-below']),
};

const ROOT = new URL('..', import.meta.url).pathname;
const LABELS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

interface Labelled {
  text: string;
  label: SentimentLabel;
}

function uci(): Labelled[] {
  const dir = join(ROOT, 'data', 'spam-corpora', 'sentiment-labelled-sentences');
  return ['amazon_cells_labelled.txt', 'imdb_labelled.txt', 'yelp_labelled.txt'].flatMap((file) =>
    // Split on \n and the last TAB only: the sentences hold quotes and U+0085 (see its README).
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.includes('\t'))
      .map((line) => {
        const tab = line.lastIndexOf('\t');
        return { text: line.slice(0, tab), label: line.slice(tab + 1).trim() === '1' ? 'positive' : 'negative' };
      }),
  );
}

function goEmotions(split: 'dev' | 'test'): { rows: Labelled[]; skipped: { ambiguous: number; multi: number } } {
  const dir = join(ROOT, 'bench', 'data', 'sentiment', 'goemotions');
  const names = readFileSync(join(dir, 'labels.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const rows: Labelled[] = [];
  const skipped = { ambiguous: 0, multi: 0 };
  for (const line of readFileSync(join(dir, `${split}.tsv`), 'utf8').split('\n')) {
    const [text, ids] = line.split('\t');
    if (text === undefined || ids === undefined) continue;
    const labels = ids.split(',').map((id) => names[Number(id)]);
    if (labels.length > 1) skipped.multi += 1;
    else if (labels[0] === 'ambiguous') skipped.ambiguous += 1;
    else rows.push({ text, label: labels[0] as SentimentLabel });
  }
  return { rows, skipped };
}

interface Result {
  accuracy: number;
  macroF1: number;
  confusion: Record<SentimentLabel, Record<SentimentLabel, number>>;
}

function evaluate(rows: readonly Labelled[], predicted: readonly SentimentLabel[]): Result {
  const confusion = Object.fromEntries(
    LABELS.map((t) => [t, Object.fromEntries(LABELS.map((p) => [p, 0]))]),
  ) as Result['confusion'];
  rows.forEach((row, i) => (confusion[row.label][predicted[i] ?? 'neutral'] += 1));
  const correct = LABELS.reduce((s, l) => s + confusion[l][l], 0);
  const present = LABELS.filter((l) => LABELS.some((p) => confusion[l][p] > 0));
  const f1s = present.map((l) => {
    const tp = confusion[l][l];
    const predictedL = LABELS.reduce((s, t) => s + confusion[t][l], 0);
    const actualL = LABELS.reduce((s, p) => s + confusion[l][p], 0);
    return tp === 0 ? 0 : (2 * tp) / (predictedL + actualL);
  });
  return { accuracy: correct / rows.length, macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length, confusion };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(name: string, rows: readonly Labelled[], predicted: readonly SentimentLabel[]): void {
  const r = evaluate(rows, predicted);
  console.log(`\n${name}: ${rows.length} texts, accuracy ${pct(r.accuracy)}, macro-F1 ${r.macroF1.toFixed(3)}`);
  console.log(`  ${'true \\ predicted'.padEnd(18)}${LABELS.map((l) => l.padStart(10)).join('')}    recall`);
  for (const t of LABELS) {
    const total = LABELS.reduce((s, p) => s + r.confusion[t][p], 0);
    if (total === 0) continue;
    const cells = LABELS.map((p) => String(r.confusion[t][p]).padStart(10)).join('');
    console.log(`  ${t.padEnd(18)}${cells}    ${pct(r.confusion[t][t] / total)}`);
  }
  if (rows.every((row) => row.label !== 'neutral')) {
    const decided = rows.filter((_, i) => predicted[i] !== 'neutral');
    const right = rows.filter((row, i) => predicted[i] === row.label).length;
    console.log(`  on the ${decided.length} it calls positive or negative: ${pct(right / decided.length)}`);
  }
}

/** Scores every text twice: the second, timed pass runs with the model loaded and the code warm. */
function scoreAll(rows: readonly Labelled[]): { scores: number[]; microseconds: number } {
  const scores = rows.map((row) => scoreSentiment(row.text, settings).score);
  const started = performance.now();
  for (const row of rows) scoreSentiment(row.text, settings);
  return { scores, microseconds: ((performance.now() - started) * 1000) / rows.length };
}

scoreSentiment('warm up the model', settings);
console.log(`thresholds: positive above ${settings.positiveAbove}, negative below ${settings.negativeBelow}`);

const uciRows = uci();
const uciScored = scoreAll(uciRows);
report(
  'UCI Sentiment Labelled Sentences (all)',
  uciRows,
  uciScored.scores.map((s) => labelOf(s, settings)),
);
console.log(`  ${uciScored.microseconds.toFixed(0)} µs per text`);

const test = goEmotions('test');
const testScored = scoreAll(test.rows);
report(
  `GoEmotions grouped, test split (single-label; left out: ${test.skipped.ambiguous} ambiguous, ${test.skipped.multi} multi-label)`,
  test.rows,
  testScored.scores.map((s) => labelOf(s, settings)),
);
console.log(`  ${testScored.microseconds.toFixed(0)} µs per text`);

if (values.tune) {
  const dev = goEmotions('dev');
  const devScores = dev.rows.map((row) => scoreSentiment(row.text, settings).score);
  const grid = Array.from({ length: 31 }, (_, i) => Math.round(i * 0.01 * 100) / 100);
  const tried = grid.flatMap((up) =>
    grid.map((down) => {
      const t = { positiveAbove: up, negativeBelow: -down };
      return {
        ...t,
        ...evaluate(
          dev.rows,
          devScores.map((s) => labelOf(s, t)),
        ),
      };
    }),
  );
  const best = (key: 'accuracy' | 'macroF1') => [...tried].sort((a, b) => b[key] - a[key])[0];
  console.log(`\nTuning on GoEmotions dev (${dev.rows.length} single-label comments), thresholds 0 … 0.30:`);
  for (const key of ['accuracy', 'macroF1'] as const) {
    const b = best(key);
    if (b === undefined) continue;
    console.log(
      `  best ${key}: positiveAbove ${b.positiveAbove}, negativeBelow ${b.negativeBelow} → accuracy ${pct(b.accuracy)}, macro-F1 ${b.macroF1.toFixed(3)}`,
    );
  }
  const current = tried.find((t) => t.positiveAbove === 0.05 && t.negativeBelow === -0.05);
  if (current !== undefined) {
    console.log(
      `  defaults 0.05 / -0.05 on dev → accuracy ${pct(current.accuracy)}, macro-F1 ${current.macroF1.toFixed(3)}`,
    );
  }
}

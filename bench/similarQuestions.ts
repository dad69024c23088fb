/**
 * bench/similarQuestions: how well the similar-question suggestions find a question's
 * duplicates, on the labelled set shipped in data/duplicate-questions (questions from five
 * Stack Exchange sites and the duplicate links their communities made; CC BY-SA, see its
 * README). Each question with a known duplicate is searched, with the support module's own
 * ranking (`rankSimilar`: MiniSearch BM25+, same text normalisation), against every other
 * question of its site. Prints precision@1, precision@3, recall@3, hit@3, MRR@10, and the
 * precision and coverage of what the module would post with its default settings.
 *
 *   npx tsx bench/similarQuestions.ts [--max 3] [--min-score 0.35]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateSimilar, parseDuplicatePairs, parseLabelledQuestions } from '../src/modules/support/index.js';

const { values } = parseArgs({
  options: { max: { type: 'string', default: '3' }, 'min-score': { type: 'string', default: '0.35' } },
});
const dir = new URL('../data/duplicate-questions/', import.meta.url);
const questions = parseLabelledQuestions(readFileSync(new URL('questions.jsonl', dir), 'utf8'));
const pairs = parseDuplicatePairs(readFileSync(new URL('pairs.tsv', dir), 'utf8'));
const settings = { max: Number(values.max), minScore: Number(values['min-score']) };
const result = evaluateSimilar(questions, pairs, settings);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

console.log(`${questions.length} questions, ${pairs.length} duplicate links, ${result.queries} queries`);
console.log(`precision@1  ${pct(result.precisionAt1)}`);
console.log(`precision@3  ${pct(result.precisionAt3)}`);
console.log(`recall@3     ${pct(result.recallAt3)}`);
console.log(`hit@3        ${pct(result.hitAt3)}`);
console.log(`MRR@10       ${result.mrr.toFixed(3)}`);
console.log(
  `posted (max ${settings.max}, minScore ${settings.minScore}): precision ${pct(result.suggestedPrecision)}, ` +
    `questions with a suggestion ${pct(result.suggestedCoverage)}`,
);

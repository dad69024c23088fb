import { z } from 'zod';
import { createSimilarIndex, rankSimilar, type RankOptions, type SimilarDoc } from './rankSimilar.js';

/** One question of a labelled duplicate set (data/duplicate-questions/questions.jsonl). */
export interface LabelledQuestion {
  /** The community it comes from: questions are searched within their site only. */
  site: string;
  id: string;
  title: string;
  body: string;
  tags: string[];
}

/** A duplicate link: `duplicateId` was closed as a duplicate of `originalId` (pairs.tsv). */
export interface DuplicatePair {
  site: string;
  duplicateId: string;
  originalId: string;
}

/** Ranking quality over the queries of a labelled set. */
export interface SimilarEvaluation {
  /** Questions searched: each question with at least one known duplicate. */
  queries: number;
  /** Mean over queries of (relevant results in the top 1) / 1. */
  precisionAt1: number;
  /** Mean over queries of (relevant results in the top 3) / 3. */
  precisionAt3: number;
  /** Mean over queries of (relevant results in the top 3) / (relevant documents). */
  recallAt3: number;
  /** Share of queries with at least one relevant result in the top 3. */
  hitAt3: number;
  /** Mean reciprocal rank of the first relevant result in the top 10 (0 when none). */
  mrr: number;
  /** With the module's own `max` and `minScore`: relevant suggestions / suggestions shown. */
  suggestedPrecision: number;
  /** With the module's own settings: share of queries that got at least one suggestion. */
  suggestedCoverage: number;
}

const LabelledQuestionLine = z.object({
  site: z.string(),
  id: z.string(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
});

/**
 * Parses questions.jsonl (one JSON object per line: site, id, title, body, tags).
 * @param text - the file's content
 */
export function parseLabelledQuestions(text: string): LabelledQuestion[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => LabelledQuestionLine.parse(JSON.parse(line)));
}

/**
 * Parses pairs.tsv (header `site duplicate_id original_id source`).
 * @param text - the file's content
 */
export function parseDuplicatePairs(text: string): DuplicatePair[] {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [site = '', duplicateId = '', originalId = ''] = line.split('\t');
      return { site, duplicateId, originalId };
    });
}

/**
 * The relevant documents of every question: the questions it is linked to by duplicate links,
 * followed both ways and transitively (a duplicate of a duplicate asks the same thing).
 * @param pairs - the duplicate links of one site
 */
function duplicateGroups(pairs: readonly DuplicatePair[]): Map<string, Set<string>> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const p of pairs) {
    if (!parent.has(p.duplicateId)) parent.set(p.duplicateId, p.duplicateId);
    if (!parent.has(p.originalId)) parent.set(p.originalId, p.originalId);
    parent.set(find(p.duplicateId), find(p.originalId));
  }
  const members = new Map<string, string[]>();
  for (const id of parent.keys()) members.set(find(id), [...(members.get(find(id)) ?? []), id]);
  const relevant = new Map<string, Set<string>>();
  for (const group of members.values()) {
    for (const id of group) relevant.set(id, new Set(group.filter((other) => other !== id)));
  }
  return relevant;
}

/**
 * Ranks every question that has a known duplicate against the other questions of its site
 * with {@link rankSimilar} (the module's own ranking) and measures the result: precision@1,
 * precision@3, recall@3, hit@3 and MRR@10 of the ranking (no score floor), and the
 * precision and coverage of what the module would post with `settings`.
 * @param questions - every question (the search corpus, per site)
 * @param pairs - the duplicate links (the labels)
 * @param settings - the module's `similar.max` and `similar.minScore`
 */
export function evaluateSimilar(
  questions: readonly LabelledQuestion[],
  pairs: readonly DuplicatePair[],
  settings: RankOptions,
): SimilarEvaluation {
  const sums = { p1: 0, p3: 0, r3: 0, hit3: 0, mrr: 0, shown: 0, shownRelevant: 0, covered: 0 };
  let queries = 0;
  for (const site of new Set(questions.map((q) => q.site))) {
    const corpus = questions.filter((q) => q.site === site);
    const docs: SimilarDoc[] = corpus.map((q) => ({ ...q, kind: 'question' }));
    const index = createSimilarIndex(docs);
    const known = new Set(corpus.map((q) => q.id));
    const relevant = duplicateGroups(pairs.filter((p) => p.site === site));
    for (const query of corpus) {
      const wanted = [...(relevant.get(query.id) ?? [])].filter((id) => known.has(id));
      if (wanted.length === 0) continue;
      queries += 1;
      const isRelevant = (id: string) => wanted.includes(id);
      const ranked = rankSimilar(index, query, { max: 10, minScore: 0 }).map((m) => m.id);
      const top3 = ranked.slice(0, 3).filter(isRelevant).length;
      sums.p1 += ranked.slice(0, 1).filter(isRelevant).length;
      sums.p3 += top3 / 3;
      sums.r3 += top3 / wanted.length;
      sums.hit3 += top3 > 0 ? 1 : 0;
      const first = ranked.findIndex(isRelevant);
      sums.mrr += first === -1 ? 0 : 1 / (first + 1);
      const shown = rankSimilar(index, query, settings).map((m) => m.id);
      sums.shown += shown.length;
      sums.shownRelevant += shown.filter(isRelevant).length;
      sums.covered += shown.length > 0 ? 1 : 0;
    }
  }
  const mean = (sum: number) => (queries === 0 ? 0 : sum / queries);
  return {
    queries,
    precisionAt1: mean(sums.p1),
    precisionAt3: mean(sums.p3),
    recallAt3: mean(sums.r3),
    hitAt3: mean(sums.hit3),
    mrr: mean(sums.mrr),
    suggestedPrecision: sums.shown === 0 ? 0 : sums.shownRelevant / sums.shown,
    suggestedCoverage: mean(sums.covered),
  };
}

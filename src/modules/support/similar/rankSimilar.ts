import MiniSearch from 'minisearch';
import { similarTerms } from './similarTerms.js';
import { stemmer } from 'stemmer';

/** What a suggestion points at: a solved question, an FAQ entry or a verified guide. */
export type SimilarKind = 'question' | 'faq' | 'guide';

/** A searchable document: a solved question or a knowledge-base article. */
export interface SimilarDoc {
  /** Thread id (question or article). */
  id: string;
  kind: SimilarKind;
  title: string;
  body: string;
  tags: readonly string[];
}

/** A search result: the document, its BM25+ score and that score relative to a perfect match. */
export interface SimilarMatch {
  id: string;
  kind: SimilarKind;
  title: string;
  score: number;
  /** `score` divided by the score of the query searched against itself (0–1, higher: closer). */
  relative: number;
}

/** How many results to keep and how close they must be. */
export interface RankOptions {
  /** Results at most. */
  max: number;
  /** Keep results whose `relative` score is at least this (0: keep the best `max` whatever they are). */
  minScore: number;
}

/** The search index of one guild's knowledge base (solved questions, FAQ, verified guides). */
export interface SimilarIndex {
  search: MiniSearch<IndexedDoc>;
  docs: ReadonlyMap<string, SimilarDoc>;
}

interface IndexedDoc {
  id: string;
  title: string;
  body: string;
  tags: string;
}

/** Field weights: a title says what a question is about more densely than its body. */
const BOOST = { title: 2, body: 1, tags: 1.5 };

const indexed = (doc: Pick<SimilarDoc, 'id' | 'title' | 'body' | 'tags'>): IndexedDoc => ({
  id: doc.id,
  title: doc.title,
  body: doc.body,
  tags: doc.tags.join(' '),
});

/**
 * Builds the index: MiniSearch (BM25+, its default scoring) over title, body and tags, with
 * {@link similarTerms} as the tokenizer (lower-case, code and URLs trimmed, stop words out)
 * and the Porter stemmer on each term ("installing" and "installed" match "install"; it raised
 * precision@3 on the shipped labelled set from 20.5 % to 22.9 %, docs/support.md).
 * @param docs - the documents (ids unique)
 */
export function createSimilarIndex(docs: readonly SimilarDoc[]): SimilarIndex {
  const search = new MiniSearch<IndexedDoc>({
    fields: ['title', 'body', 'tags'],
    tokenize: similarTerms,
    processTerm: (term) => stemmer(term),
    searchOptions: { boost: BOOST, combineWith: 'OR', prefix: false, fuzzy: false },
  });
  search.addAll(docs.map(indexed));
  return { search, docs: new Map(docs.map((d) => [d.id, d])) };
}

/**
 * The documents most similar to a question, best first. Scores are made comparable across
 * questions by dividing by the score the question gets against itself (added to the index for
 * that one search when it is not in it, so it shares the index's term statistics): a result
 * is kept when that share reaches `minScore`. The question itself is never a result.
 * Pure and synchronous (the index is left as it was): the module and bench/similarQuestions.ts
 * both rank with it.
 * @param index - from {@link createSimilarIndex}
 * @param query - the new question (its id is excluded from the results)
 * @param options - max results and the relative score floor
 */
export function rankSimilar(
  index: SimilarIndex,
  query: Pick<SimilarDoc, 'id' | 'title' | 'body' | 'tags'>,
  options: RankOptions,
): SimilarMatch[] {
  const text = [query.title, query.body, query.tags.join(' ')].join('\n');
  if (similarTerms(text).length === 0) return [];
  const own = indexed(query);
  const added = !index.search.has(query.id);
  if (added) index.search.add(own);
  try {
    const results = index.search.search(text);
    const self = results.find((r) => r.id === query.id)?.score ?? 0;
    if (self <= 0) return [];
    const matches: SimilarMatch[] = [];
    for (const result of results) {
      const doc = index.docs.get(String(result.id));
      if (doc === undefined || doc.id === query.id) continue;
      const relative = Math.min(1, result.score / self);
      if (relative < options.minScore) break;
      matches.push({ id: doc.id, kind: doc.kind, title: doc.title, score: result.score, relative });
      if (matches.length >= options.max) break;
    }
    return matches;
  } finally {
    if (added) index.search.remove(own);
  }
}

/**
 * Free-text search (`/faq search`): the best documents for a few words, with the same
 * index and scoring; no relative floor (a short query has no "perfect match" to compare with).
 * @param index - from {@link createSimilarIndex}
 * @param text - what the member typed
 * @param max - results at most
 */
export function searchSimilar(index: SimilarIndex, text: string, max: number): SimilarMatch[] {
  return rankSimilar(index, { id: '\u0000query', title: text, body: '', tags: [] }, { max, minScore: 0 });
}

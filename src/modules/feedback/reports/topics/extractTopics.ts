import type { ItsFunction } from 'wink-nlp';
import { nlp } from '../../text/nlp.js';
import type { ReportTopic } from '../WeeklyReport.js';

/** One item's text for topics: its number and its title and body together. */
export interface TopicSource {
  number: number;
  text: string;
}

/**
 * Nouns every feedback item uses ("bug", "feature", "idea"…): they say what feedback is, not
 * what it is about, so they are never topics.
 */
const GENERIC_NOUNS = new Set([
  'bug',
  'issue',
  'problem',
  'feature',
  'request',
  'idea',
  'suggestion',
  'feedback',
  'report',
  'thing',
  'something',
  'anything',
  'everything',
  'nothing',
  'way',
  'lot',
  'bit',
  'thanks',
  'thank',
  'please',
  'people',
  'guy',
  'one',
]);

/** Text read per item: enough for any title and body, bounded so one huge post cannot stall a report. */
const MAX_TEXT = 4000;

const WORD = /^\p{L}[\p{L}\p{N}'’-]*$/u;

/** A token as wink-nlp describes it, reduced to what topics need. */
interface Token {
  pos: string;
  form: string;
  usable: boolean;
}

/**
 * A noun's base form: wink-nlp's lemma ("crashes" → "crash", "pages" → "page") unless the lemma
 * is longer than the word, where the lite model expands an everyday word into another one
 * ("app" → "application", "data" → "datum"): then the word as written, lower case.
 */
function baseForm(normal: string, lemma: string, pos: string): string {
  if (pos !== 'NOUN' && pos !== 'PROPN') return normal;
  return lemma.length <= normal.length ? lemma : normal;
}

function tokensOf(text: string): Token[] {
  const n = nlp();
  const its = n.its;
  const tokens = n.readDoc(text.slice(0, MAX_TEXT)).tokens();
  // wink-nlp types a collection's `out` loosely: one value per token, in order.
  /* eslint-disable @typescript-eslint/unbound-method -- wink-nlp knows its `its` helpers by reference (a bound copy is not recognised); they do not use `this` */
  const column = <T>(values: unknown): T[] => values as T[];
  const pos = column<string>(tokens.out(its.pos));
  const normal = column<string>(tokens.out(its.normal));
  // Its typings give `its.lemma` the lemmatiser's own signature; it is a token helper like the others.
  const lemma = column<string>(tokens.out(its.lemma as unknown as ItsFunction<string>));
  const type = column<string>(tokens.out(its.type));
  const stop = column<boolean>(tokens.out(its.stopWordFlag));
  /* eslint-enable @typescript-eslint/unbound-method */
  return pos.map((p, i) => {
    const word = (normal[i] ?? '').toLowerCase();
    const form = baseForm(word, (lemma[i] ?? word).toLowerCase(), p);
    const usable =
      type[i] === 'word' && stop[i] !== true && word.length >= 2 && WORD.test(word) && !GENERIC_NOUNS.has(form);
    return { pos: p, form, usable };
  });
}

const isNoun = (t: Token): boolean => t.usable && (t.pos === 'NOUN' || t.pos === 'PROPN');
const isModifier = (t: Token): boolean => t.usable && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');

/**
 * The terms of one text: its nouns and proper nouns (base forms, stop words and generic
 * feedback nouns out) and its two-word noun phrases (an adjective or noun before a noun:
 * "dark mode", "login page").
 * @param text - an item's title and body
 */
export function termsOf(text: string): { words: Set<string>; phrases: Set<string> } {
  const tokens = tokensOf(text);
  const words = new Set<string>();
  const phrases = new Set<string>();
  tokens.forEach((token, i) => {
    if (!isNoun(token)) return;
    words.add(token.form);
    const before = tokens[i - 1];
    if (before !== undefined && isModifier(before) && before.form !== token.form) {
      phrases.add(`${before.form} ${token.form}`);
    }
  });
  return { words, phrases };
}

/**
 * The week's topics: terms ranked by how many items mention them (document frequency, so one
 * long post repeating a word counts once). A two-word phrase counts only when two items or
 * more share it, and then a word of it mentioned by no more items than the phrase is left out
 * (the phrase says it better). Ties: phrases first, then alphabetical.
 * @param sources - the items (number, title and body)
 * @param limit - topics answered (`feedback.report.topTopics`)
 */
export function extractTopics(sources: readonly TopicSource[], limit: number): ReportTopic[] {
  const words = new Map<string, Set<number>>();
  const phrases = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, term: string, item: number): void => {
    const items = map.get(term) ?? new Set<number>();
    items.add(item);
    map.set(term, items);
  };
  for (const source of sources) {
    const terms = termsOf(source.text);
    for (const word of terms.words) add(words, word, source.number);
    for (const phrase of terms.phrases) add(phrases, phrase, source.number);
  }
  const keptPhrases = [...phrases].filter(([, items]) => items.size >= 2);
  const subsumed = (word: string, count: number): boolean =>
    keptPhrases.some(([phrase, items]) => items.size >= count && phrase.split(' ').includes(word));
  const keptWords = [...words].filter(([word, items]) => !subsumed(word, items.size));
  const ranked = [
    ...keptPhrases.map(([term, items]) => ({ term, items, phrase: 1 })),
    ...keptWords.map(([term, items]) => ({ term, items, phrase: 0 })),
  ].sort((a, b) => b.items.size - a.items.size || b.phrase - a.phrase || a.term.localeCompare(b.term));
  return ranked.slice(0, limit).map(({ term, items }) => ({
    term,
    count: items.size,
    items: [...items].sort((a, b) => a - b),
  }));
}

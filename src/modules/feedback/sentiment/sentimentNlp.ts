import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One lexicon match of wink-nlp's sentiment pass: its first and last token and its valence (-1 … 1). */
export interface LexiconMatch {
  start: number;
  end: number;
  valence: number;
}

/** The model's sentiment annotator as wink-nlp calls it (`model.sa()`), matches as `[start, end, valence × 1000]`. */
interface SentimentAnnotator {
  machines: unknown;
  setter(matches: [number, number, string | number][], ...rest: unknown[]): void;
}

let recorded: LexiconMatch[] = [];
let loaded: WinkMethods | null = null;

/**
 * The model with its sentiment annotator wrapped so each document's lexicon matches are kept
 * (wink-nlp averages them per sentence and does not expose them): the same lexicon, automaton
 * and arithmetic, read before wink-nlp folds them into one number.
 */
function recordingModel(): Model {
  // The model types its parts as `unknown`; `sa` is the function wink-nlp calls once at load.
  const baseSa = model.sa as () => SentimentAnnotator;
  const sa = (): SentimentAnnotator => {
    const annotator = baseSa();
    return {
      machines: annotator.machines,
      setter(matches, ...rest) {
        recorded = matches.map(([start, end, value]) => ({ start, end, valence: Number(value) / 1000 }));
        annotator.setter(matches, ...rest);
      },
    };
  };
  return { ...model, sa };
}

/**
 * wink-nlp with its English lite model, loaded once on first use (about 100 ms), whose
 * sentiment pass also reports its lexicon matches ({@link readWithMatches}).
 * @see https://winkjs.org/wink-nlp/
 */
export function sentimentNlp(): WinkMethods {
  loaded ??= winkNLP(recordingModel());
  return loaded;
}

/**
 * Reads a text with wink-nlp and answers the document with the lexicon matches its sentiment
 * pass found (token indexes, valence -1 … 1 before negation).
 * @param text - the text
 */
export function readWithMatches(text: string): { doc: ReturnType<WinkMethods['readDoc']>; matches: LexiconMatch[] } {
  recorded = [];
  const doc = sentimentNlp().readDoc(text);
  const matches = recorded;
  recorded = [];
  return { doc, matches };
}

import type { WinkMethods } from 'wink-nlp';
import { sentimentNlp } from '../sentiment/sentimentNlp.js';

/**
 * wink-nlp with its English lite model (tokens, parts of speech, lemmas, negation, sentiment),
 * loaded once on first use and shared by sentiment scoring and the weekly report's topics: the
 * one instance sentiment/ loads, whose sentiment pass also reports its lexicon matches.
 * @see https://winkjs.org/wink-nlp/
 */
export function nlp(): WinkMethods {
  return sentimentNlp();
}

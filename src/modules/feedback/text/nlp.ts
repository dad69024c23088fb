import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let loaded: WinkMethods | null = null;

/**
 * wink-nlp with its English lite model (tokens, parts of speech, negation, sentiment), loaded
 * once on first use (about 80 ms and a few MB) and shared by sentiment scoring and the report's
 * topics.
 * @see https://winkjs.org/wink-nlp/
 */
export function nlp(): WinkMethods {
  loaded ??= winkNLP(model);
  return loaded;
}

import { extractLinks, type FoundLink } from './extractLinks.js';
import { normaliseForMatching, stripObfuscation } from './normaliseForMatching.js';
import { trigrams } from './trigramSimilarity.js';

/**
 * One message's text, analysed on demand and at most once however many rules look at it:
 * links, word-filter forms, the form compared for duplicates and its trigrams.
 */
export class MessageText {
  readonly raw: string;
  #links: FoundLink[] | undefined;
  #wordForms: string[] | undefined;
  #comparable: string | undefined;
  #trigrams: Set<string> | undefined;

  /** @param raw - the message content as posted */
  constructor(raw: string) {
    this.raw = raw;
  }

  /** Links in the message (explicit and bare), see {@link extractLinks}. */
  get links(): FoundLink[] {
    this.#links ??= extractLinks(this.raw);
    return this.#links;
  }

  /** The word-filter forms, see {@link normaliseForMatching}. */
  get wordForms(): string[] {
    this.#wordForms ??= normaliseForMatching(this.raw);
    return this.#wordForms;
  }

  /** Text compared for near-duplicates: obfuscation stripped, whitespace collapsed. */
  get comparable(): string {
    this.#comparable ??= stripObfuscation(this.raw).replace(/\s+/g, ' ').trim();
    return this.#comparable;
  }

  /** Trigrams of {@link MessageText.comparable}. */
  get trigrams(): Set<string> {
    this.#trigrams ??= trigrams(this.comparable);
    return this.#trigrams;
  }
}

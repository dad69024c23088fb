import { foldConfusables } from './confusables.js';

/** Digits and symbols used as letters ("l33t"); `1`, `|` and `!` read as `i` here. */
// prettier-ignore
const LEET_AS_I: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', $: 's', '!': 'i', '|': 'i', '€': 'e', '+': 't',
};

/** The same, with `1`, `|` and `!` read as `l` (the other common reading). */
const LEET_AS_L: Readonly<Record<string, string>> = { ...LEET_AS_I, '1': 'l', '|': 'l', '!': 'l' };

const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const SINGLE_CHARACTER = /^.$/u;

/**
 * Text reduced to what a word filter compares: compatibility forms decomposed (fullwidth and
 * "bold" letters become plain), combining marks (accents, zalgo) and invisible format
 * characters (zero-width spaces and joiners, soft hyphens, direction marks) removed, lower
 * case, look-alike letters folded to Latin. Nothing else changes.
 * @param text - any text
 */
export function stripObfuscation(text: string): string {
  return foldConfusables(
    text
      .normalize('NFKD')
      .replace(/[\p{M}\p{Cf}]/gu, '')
      .toLowerCase(),
  );
}

/**
 * The word-filter forms of a text: obfuscation stripped ({@link stripObfuscation}),
 * leetspeak read as letters inside words (once with `1` as `i`, once as `l`; a lone number
 * or a `!` ending a sentence stays what it is), every run of a repeated letter collapsed to
 * one (`fuuuun` → `fun`), anything not a letter or digit turned into a single space, and
 * letters spelled out one by one (`f r e e`, `f.r.e.e`) joined into a word. Word lists go
 * through the same function, so `good` and `goooood` compare equal.
 * @param text - any text
 * @returns one or two forms (two when reading `1`, `|` or `!` as `l` changes something)
 */
export function normaliseForMatching(text: string): string[] {
  const stripped = stripObfuscation(text);
  const first = readWords(stripped, LEET_AS_I);
  if (!/[1|!]/.test(stripped)) return [first];
  const second = readWords(stripped, LEET_AS_L);
  return second === first ? [first] : [first, second];
}

function readWords(stripped: string, leet: Readonly<Record<string, string>>): string {
  const tokens = stripped.split(/\s+/).map((token) => readToken(token, leet));
  const words = tokens
    .join(' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1+/gu, '$1')
    .trim()
    .split(' ');
  return joinSpelledOut(words).join(' ');
}

/** Reads leetspeak inside one whitespace-separated token. */
function readToken(token: string, leet: Readonly<Record<string, string>>): string {
  const chars = Array.from(token);
  const hasLetter = LETTER.test(token);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const mapped = leet[char];
    if (mapped === undefined) {
      out += char;
      continue;
    }
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    const inside = ALNUM.test(before) && ALNUM.test(after);
    const leadingDollar = char === '$' && i === 0 && LETTER.test(after);
    const letterish = DIGIT.test(char) ? hasLetter : inside || leadingDollar;
    out += letterish ? mapped : char;
  }
  return out;
}

/** Joins runs of two or more one-letter words: `f r e e nitro` → `free nitro`. */
function joinSpelledOut(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  let runLength = 0;
  const flush = (): void => {
    if (runLength >= 2) out.push(run.replace(/(\p{L})\1+/gu, '$1'));
    else if (runLength === 1) out.push(run);
    run = '';
    runLength = 0;
  };
  for (const word of words) {
    if (word === '') continue;
    if (SINGLE_CHARACTER.test(word)) {
      run += word;
      runLength += 1;
    } else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

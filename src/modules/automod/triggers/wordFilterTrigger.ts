import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { normaliseForMatching } from '../text/normaliseForMatching.js';
import { singleMessageDetection } from './evidence.js';

/** One configured entry, compiled: what it matches, and how it was written (for the reason). */
interface WordPattern {
  written: string;
  pattern: string;
}

/**
 * Compiles word-list entries: each goes through the same normalisation as messages, so
 * `Free Nitro` matches `fr33 n1tr0`, `F R E E  N I T R O` and `frееее nitro` (Cyrillic е).
 * `*` at the end (or start) of an entry matches any ending (or beginning) of a word.
 * @param words - entries as written in community.yaml
 */
export function compileWordList(words: readonly string[]): { regex: RegExp | null; entries: WordPattern[] } {
  const entries: WordPattern[] = [];
  for (const written of words) {
    const prefix = written.trim().endsWith('*');
    const suffix = written.trim().startsWith('*');
    const forms = normaliseForMatching(written.replaceAll('*', ''));
    // A phrase spelled out letter by letter ("f r e e n i t r o") reads as one word.
    const joined = forms.filter((f) => f.includes(' ')).map((f) => f.replaceAll(' ', '').replace(/(\p{L})\1+/gu, '$1'));
    for (const form of [...forms, ...joined]) {
      if (form === '') continue;
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      entries.push({ written, pattern: `${suffix ? '\\S*' : ''}${escaped}${prefix ? '\\S*' : ''}` });
    }
  }
  if (entries.length === 0) return { regex: null, entries };
  const alternatives = entries.map((e) => `(${e.pattern})`).join('|');
  return { regex: new RegExp(`(?:^| )(?:${alternatives})(?= |$)`, 'u'), entries };
}

/** `word_filter`: blocked words and phrases, however they are disguised. */
export const wordFilterTrigger = defineMessageTrigger({
  id: 'word_filter',
  name: 'Word filter',
  description:
    'A message contains a listed word or phrase as whole words, after normalising both: case, accents and combining marks (zalgo), zero-width and other invisible characters, look-alike letters from other scripts, leetspeak (`fr33`, `n1tr0`, `$cam`), repeated letters (`freeeee`) and letters spelled out one by one (`f r e e`, `f.r.e.e`). End an entry with `*` to match any word starting with it.',
  settings: z
    .object({
      words: z
        .array(z.string().trim().min(1).max(100))
        .default([])
        .describe('Words and phrases to block; `word*` matches any word starting with `word`.'),
    })
    .strict(),
  compile({ words }) {
    const { regex, entries } = compileWordList(words);
    return {
      windowMs: 0,
      detect(facts) {
        if (regex === null) return null;
        for (const form of facts.text.wordForms) {
          const match = regex.exec(form);
          if (match === null) continue;
          // The first capturing group that matched is the entry.
          const index = match.slice(1).findIndex((group) => group !== undefined);
          const entry = entries[index]?.written ?? match[0].trim();
          return singleMessageDetection(facts, `blocked phrase "${entry}"`);
        }
        return null;
      },
    };
  },
});

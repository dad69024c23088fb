import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { singleMessageDetection } from './evidence.js';

// Mentions, channels, custom emoji and links say nothing about shouting.
const NOT_WORDS = /<[@#:a][^>]*>|https?:\/\/\S+/g;

/** `caps_flood`: shouting in capitals. */
export const capsFloodTrigger = defineMessageTrigger({
  id: 'caps_flood',
  name: 'Caps flood',
  description:
    'A message with at least `minLetters` letters (mentions, emoji and links not counted) has more than `maxUppercasePercent` % of them in upper case.',
  settings: z
    .object({
      minLetters: z
        .number()
        .int()
        .min(1)
        .max(2000)
        .default(25)
        .describe('Shorter messages never fire (a quick "OMG YES" is not a flood).'),
      maxUppercasePercent: z
        .number()
        .min(1)
        .max(100)
        .default(80)
        .describe('Share of upper-case letters allowed, in percent.'),
    })
    .strict(),
  compile({ minLetters, maxUppercasePercent }) {
    return {
      windowMs: 0,
      detect(facts) {
        const raw = facts.text.raw;
        if (raw.length < minLetters) return null;
        const text = raw.replace(NOT_WORDS, ' ');
        let letters = 0;
        let upper = 0;
        for (const char of text) {
          const lower = char.toLowerCase();
          const up = char.toUpperCase();
          if (lower === up) continue;
          letters += 1;
          if (char === up) upper += 1;
        }
        if (letters < minLetters) return null;
        const percent = (upper / letters) * 100;
        if (percent <= maxUppercasePercent) return null;
        return singleMessageDetection(facts, `${Math.round(percent)} % capitals in ${letters} letters`);
      },
    };
  },
});

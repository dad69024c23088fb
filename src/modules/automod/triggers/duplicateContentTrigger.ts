import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { trigramSimilarity } from '../text/trigramSimilarity.js';
import { evidenceOf, refOf } from './evidence.js';

/** `duplicate_content`: the same (or nearly the same) message posted in several channels. */
export const duplicateContentTrigger = defineMessageTrigger({
  id: 'duplicate_content',
  name: 'Duplicate content across channels',
  description:
    'A member posts the same or a nearly identical message in `minChannels` different channels within `seconds`, server-wide: the pattern of a compromised account. The evidence and the offending messages are every copy, so `delete_message` removes them all.',
  settings: z
    .object({
      minChannels: z
        .number()
        .int()
        .min(2)
        .max(50)
        .default(3)
        .describe('Distinct channels the copies must be in to fire.'),
      seconds: z.number().int().min(1).max(3600).default(60).describe('Window length in seconds.'),
      similarity: z
        .number()
        .min(0.5)
        .max(1)
        .default(0.8)
        .describe('How alike two messages must be, 0.5–1 (1: identical after normalising; trigram similarity).'),
      minLength: z
        .number()
        .int()
        .min(1)
        .max(2000)
        .default(10)
        .describe('Messages shorter than this (normalised) never count: "gm" in three channels is not spam.'),
    })
    .strict(),
  compile({ minChannels, seconds, similarity, minLength }) {
    const windowMs = seconds * 1000;
    return {
      windowMs,
      detect(facts, { memory }) {
        if (facts.text.comparable.length < minLength) return null;
        const recent = memory.messagesSince(facts.authorId, facts.at - windowMs + 1);
        if (recent.length < minChannels) return null;
        const copies = recent.filter(
          (m) =>
            m.text.comparable.length >= minLength &&
            (m.text.comparable === facts.text.comparable ||
              trigramSimilarity(m.text.trigrams, facts.text.trigrams) >= similarity),
        );
        const channels = new Set(copies.map((m) => m.channelId));
        if (channels.size < minChannels) return null;
        return {
          reason: `same message in ${channels.size} channels within ${seconds} s`,
          evidence: copies.map(evidenceOf),
          offending: copies.map(refOf),
          participants: [facts.authorId],
          scope: 'member',
        };
      },
    };
  },
});

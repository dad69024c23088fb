import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { evidenceOf, refOf } from './evidence.js';

/** `message_rate`: a member posting faster than the limit, in any channels. */
export const messageRateTrigger = defineMessageTrigger({
  id: 'message_rate',
  name: 'Message rate',
  description:
    'A member posts more than `maxMessages` messages within `seconds`, counted across all channels. Fires on each message over the limit; the evidence is the whole burst, the offending message is the one over the limit.',
  settings: z
    .object({
      maxMessages: z
        .number()
        .int()
        .min(1)
        .max(100)
        .default(5)
        .describe('Messages allowed within the window (seed 002: 5; the 6th fires).'),
      seconds: z.number().int().min(1).max(3600).default(60).describe('Window length in seconds (seed 002: 60).'),
    })
    .strict(),
  compile({ maxMessages, seconds }) {
    const windowMs = seconds * 1000;
    return {
      windowMs,
      detect(facts, { memory }) {
        const recent = memory.messagesSince(facts.authorId, facts.at - windowMs + 1);
        if (recent.length <= maxMessages) return null;
        return {
          reason: `${recent.length} messages in ${seconds} s (limit ${maxMessages})`,
          evidence: recent.map(evidenceOf),
          offending: [refOf(facts)],
          participants: [facts.authorId],
          scope: 'member',
        };
      },
    };
  },
});

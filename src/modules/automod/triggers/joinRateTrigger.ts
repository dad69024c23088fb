import { z } from 'zod';
import { defineJoinTrigger } from '../parts/TriggerPart.js';

/** `join_rate`: a spike of joins, the start of a raid. */
export const joinRateTrigger = defineJoinTrigger({
  id: 'join_rate',
  name: 'Join-rate spike (raid)',
  description:
    'At least `joins` members join within `seconds`. The members who joined in the window (and those who join while the rule is in its cooldown) are the participants: member effects apply to each of them.',
  settings: z
    .object({
      joins: z.number().int().min(2).max(1000).default(10).describe('Joins within the window that make a spike.'),
      seconds: z.number().int().min(1).max(3600).default(10).describe('Window length in seconds.'),
    })
    .strict(),
  compile({ joins, seconds }) {
    const windowMs = seconds * 1000;
    return {
      windowMs,
      detect(facts, { memory }) {
        const recent = memory.joinsSince(facts.at - windowMs + 1);
        if (recent.length < joins) return null;
        return {
          reason: `${recent.length} joins in ${seconds} s (spike at ${joins})`,
          evidence: [],
          offending: [],
          participants: [...new Set(recent.map((j) => j.userId))],
          scope: 'guild',
        };
      },
    };
  },
});

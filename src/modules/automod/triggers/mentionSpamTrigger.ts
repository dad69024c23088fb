import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { singleMessageDetection } from './evidence.js';

/** `mention_spam`: too many members or roles pinged in one message. */
export const mentionSpamTrigger = defineMessageTrigger({
  id: 'mention_spam',
  name: 'Mention spam',
  description:
    'A message mentions more than `maxMentions` distinct members and roles, or, with `everyone`, tries to ping @everyone or @here.',
  settings: z
    .object({
      maxMentions: z
        .number()
        .int()
        .min(1)
        .max(100)
        .default(5)
        .describe('Distinct member and role mentions allowed in one message.'),
      everyone: z
        .boolean()
        .default(false)
        .describe('Also fire when a member writes @everyone or @here (Discord only pings for those allowed to).'),
    })
    .strict(),
  compile({ maxMentions, everyone }) {
    return {
      windowMs: 0,
      detect(facts) {
        const count = new Set(facts.mentionedUserIds).size + new Set(facts.mentionedRoleIds).size;
        if (count > maxMentions) return singleMessageDetection(facts, `${count} mentions (limit ${maxMentions})`);
        if (everyone && /@(everyone|here)\b/.test(facts.text.raw)) {
          return singleMessageDetection(facts, 'tried to ping @everyone / @here');
        }
        return null;
      },
    };
  },
});

import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { countEmoji } from '../text/countEmoji.js';
import { singleMessageDetection } from './evidence.js';

/** `emoji_flood`: a wall of emoji. */
export const emojiFloodTrigger = defineMessageTrigger({
  id: 'emoji_flood',
  name: 'Emoji flood',
  description:
    'A message has more than `maxEmoji` emoji (unicode and custom; a combined emoji such as a family or a flag counts once).',
  settings: z
    .object({
      maxEmoji: z.number().int().min(1).max(200).default(12).describe('Emoji allowed in one message.'),
    })
    .strict(),
  compile({ maxEmoji }) {
    return {
      windowMs: 0,
      detect(facts) {
        // Cheap bound first: each emoji takes at least 2 UTF-16 units.
        if (facts.text.raw.length < maxEmoji * 2) return null;
        const count = countEmoji(facts.text.raw);
        return count > maxEmoji ? singleMessageDetection(facts, `${count} emoji (limit ${maxEmoji})`) : null;
      },
    };
  },
});

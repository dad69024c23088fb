import { z } from 'zod';

/** `recognition.thanks`. */
export const ThanksConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Detect thanks.'),
    reactions: z
      .array(z.string().min(1).max(64))
      .default(['🙏', '✅'])
      .describe('Reactions that thank the message’s author: unicode emoji, or a custom emoji’s name.'),
    words: z
      .array(z.string().min(1).max(40))
      .default(['thanks', 'thank you', 'ty', 'thx'])
      .describe('Words that, in a reply or with a mention, thank the replied-to or mentioned member.'),
    windowMinutes: z
      .number()
      .int()
      .min(1)
      .max(10_080)
      .default(60)
      .describe('A member thanks the same member in the same channel or thread at most once per this window.'),
  })
  .strict()
  .describe('Thanks detection: a thanks credits a helpful answer to the member thanked (never yourself).');

/** `recognition.thanks`, parsed. */
export type ThanksConfig = z.infer<typeof ThanksConfig>;

import { z } from 'zod';
import { Duration } from '../../../config/Duration.js';
import { deprecatedKey, deprecatedNumber, fromDeprecated, refuseBoth } from './deprecatedKeys.js';

const windowMinutes = deprecatedKey('windowMinutes');

const ThanksSection = z
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
    window: Duration.refine((ms) => ms >= 60_000 && ms <= 7 * 86_400_000, 'must be from 1m to 7d')
      .prefault('1h')
      .describe(
        'A member thanks the same member in the same channel or thread at most once per this window ("1h", "30m"; 1m to 7d).',
      ),
    windowMinutes: deprecatedNumber(z.number().int().min(1).max(10_080), windowMinutes),
  })
  .strict()
  .describe('Thanks detection: a thanks credits a helpful answer to the member thanked (never yourself).');

/** `recognition.thanks`: the deprecated `windowMinutes` read as `window`. */
export const ThanksConfig = z.preprocess(
  refuseBoth([windowMinutes]),
  ThanksSection.transform(({ windowMinutes: minutes, ...rest }) =>
    minutes === undefined ? rest : { ...rest, window: fromDeprecated(minutes, windowMinutes) },
  ),
);

/** `recognition.thanks`, parsed. */
export type ThanksConfig = z.infer<typeof ThanksConfig>;

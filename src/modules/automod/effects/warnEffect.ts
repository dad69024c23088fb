import { z } from 'zod';
import { defineEffect } from '../parts/EffectPart.js';

/** `warn`: a private warning (no strike). */
export const warnEffect = defineEffect({
  id: 'warn',
  name: 'Warn',
  description:
    'Sends the member a private warning (by DM, or a mention in the channel when DMs are closed) and opens a warning case. It is not a strike: use `strike` for the escalation ladder.',
  settings: z
    .object({
      message: z
        .string()
        .trim()
        .min(1)
        .max(1000)
        .nullable()
        .default(null)
        .describe('Text of the warning (null: the rule name and what was found).'),
    })
    .strict(),
  compile({ message }) {
    return {
      scope: 'member',
      run(_firing, ctx) {
        ctx.actions.push({ kind: 'warn', message });
        return Promise.resolve();
      },
    };
  },
});

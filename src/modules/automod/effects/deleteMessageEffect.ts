import { z } from 'zod';
import { defineEffect } from '../parts/EffectPart.js';

/** `delete_message`: removes the offending messages. */
export const deleteMessageEffect = defineEffect({
  id: 'delete_message',
  name: 'Delete messages',
  description:
    'Deletes the offending messages: the message that broke the rule, or every copy of a cross-channel burst (copies posted later, while the rule is in its cooldown, are deleted too). A copy is kept in the case as evidence.',
  settings: z.object({}).strict(),
  compile() {
    return {
      scope: 'message',
      async run(firing, ctx) {
        for (const message of firing.detection.offending) {
          await ctx.deleteMessage(message, `Guildhall automod: ${firing.ruleName}`);
        }
      },
    };
  },
});

import { z } from 'zod';
import { defineEffect } from '../parts/EffectPart.js';

/** `kick`: removes the member (they can rejoin with an invite). */
export const kickEffect = defineEffect({
  id: 'kick',
  name: 'Kick',
  description: 'Removes the member from the server; they can rejoin with an invite.',
  settings: z.object({}).strict(),
  compile() {
    return {
      scope: 'member',
      run(_firing, ctx) {
        ctx.actions.push({ kind: 'kick' });
        return Promise.resolve();
      },
    };
  },
});

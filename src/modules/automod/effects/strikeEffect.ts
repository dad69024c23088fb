import { z } from 'zod';
import { defineEffect } from '../parts/EffectPart.js';

/** `strike`: a step up the escalation ladder. */
export const strikeEffect = defineEffect({
  id: 'strike',
  name: 'Strike (escalation ladder)',
  description:
    "Adds a strike: the moderation module's escalation ladder decides what happens (by default 1st strike a private warning, 2nd a public warning and a 24 h timeout, 3rd a 7-day ban, 4th a permanent ban; strikes decay). A rule whose category has an immediate action (phishing, hate speech, doxxing, raid) gets that action instead.",
  settings: z.object({}).strict(),
  compile() {
    return {
      scope: 'member',
      run(_firing, ctx) {
        ctx.actions.push({ kind: 'strike' });
        return Promise.resolve();
      },
    };
  },
});

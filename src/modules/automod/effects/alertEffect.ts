import { z } from 'zod';
import { defineEffect } from '../parts/EffectPart.js';

/** `alert`: pings moderators. */
export const alertEffect = defineEffect({
  id: 'alert',
  name: 'Alert moderators',
  description:
    "Posts an alert in the moderators' alert channel, pinging the role the escalation matrix names for the rule's severity (`moderation.alertRoles`).",
  settings: z.object({}).strict(),
  compile() {
    return {
      scope: 'server',
      run(_firing, ctx) {
        ctx.actions.push({ kind: 'alert' });
        return Promise.resolve();
      },
    };
  },
});

import { z } from 'zod';
import { Duration } from '../../../config/Duration.js';
import { defineEffect } from '../parts/EffectPart.js';

/** `timeout`: mutes the member for a while. */
export const timeoutEffect = defineEffect({
  id: 'timeout',
  name: 'Timeout',
  description: "Times the member out for `duration` (longer than Discord's 28-day cap is re-applied until it ends).",
  settings: z.object({ duration: Duration.prefault('10m').describe('How long ("60s", "10m", "1d").') }).strict(),
  compile({ duration }) {
    return {
      scope: 'member',
      run(_firing, ctx) {
        ctx.actions.push({ kind: 'timeout', durationMs: duration });
        return Promise.resolve();
      },
    };
  },
});

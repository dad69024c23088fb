import { z } from 'zod';
import { Duration } from '../../../config/Duration.js';
import { defineEffect } from '../parts/EffectPart.js';

/** `lockdown`: locks the server down during a raid. */
export const lockdownEffect = defineEffect({
  id: 'lockdown',
  name: 'Lockdown',
  description:
    'Asks the moderation module to lock the server down (slowmode or read-only in public channels, a raised verification level and paused invites, as `moderation.lockdown` says) and lift it after `calmPeriod` without a new spike; a moderator ends it early with `/lockdown end`.',
  settings: z
    .object({
      calmPeriod: Duration.prefault('15m').describe('Lifted this long after the last spike ("15m").'),
    })
    .strict(),
  compile({ calmPeriod }) {
    return {
      scope: 'server',
      run(_firing, ctx) {
        ctx.actions.push({ kind: 'lockdown', durationMs: calmPeriod });
        return Promise.resolve();
      },
    };
  },
});

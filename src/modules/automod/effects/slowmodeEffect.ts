import { z } from 'zod';
import { Duration } from '../../../config/Duration.js';
import { defineEffect } from '../parts/EffectPart.js';

/** `slowmode`: slows the channel down for a while. */
export const slowmodeEffect = defineEffect({
  id: 'slowmode',
  name: 'Slowmode',
  description:
    "Sets slowmode in the channel where the rule fired to `seconds` between messages, and puts the channel's previous slowmode back after `duration` (a durable job: it survives restarts; a new firing pushes the end back). Does nothing for a join.",
  settings: z
    .object({
      seconds: z.number().int().min(1).max(21_600).default(30).describe('Seconds between messages per member.'),
      duration: Duration.prefault('10m').describe('How long before the previous slowmode is put back.'),
    })
    .strict(),
  compile({ seconds, duration }) {
    return {
      scope: 'server',
      async run(firing, ctx) {
        if (firing.channelId === null) return;
        await ctx.setSlowmode(firing.channelId, seconds, ctx.now + duration, firing.ruleId);
      },
    };
  },
});

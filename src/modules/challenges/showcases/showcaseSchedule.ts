import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { monthOf, nextMonth, phasesOf } from './showcaseCalendar.js';
import { closeMonth, openMonth, startVoting } from './showcaseLifecycle.js';

const PHASES = ['open', 'voting', 'close'] as const;

/**
 * Schedules a month's three phase jobs (keys `showcase:<month>:<phase>`: a second request is
 * ignored, so start and each close may ask again).
 * @param ctx - module context
 * @param guildId - the guild
 * @param month - `YYYY-MM`
 */
export async function scheduleMonth(ctx: ChallengesContext, guildId: string, month: string): Promise<void> {
  const phases = phasesOf(month, ctx.config.showcases);
  const runAt = { open: phases.opensAt, voting: phases.votingAt, close: phases.closesAt };
  for (const phase of PHASES) {
    await ctx.schedule(showcasePhaseJob, {
      key: `showcase:${month}:${phase}`,
      runAt: runAt[phase],
      payload: { guildId, month, phase },
    });
  }
}

/**
 * At start: when showcases are enabled, schedules this month's phases (the next month's when
 * this month's results time has passed). Nothing when they are off.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function scheduleShowcases(ctx: ChallengesContext, guildId: string): Promise<void> {
  const config = ctx.config.showcases;
  if (!config.enabled || config.channel === null) return;
  const now = ctx.clock.now();
  const current = monthOf(now, config.timezone);
  await scheduleMonth(ctx, guildId, now < phasesOf(current, config).closesAt ? current : nextMonth(current));
}

/** A phase of a month: open nominations, open voting, or close with the winners (then the next month is scheduled). */
export const showcasePhaseJob = defineJob({
  name: 'showcase-phase',
  payload: z.object({ guildId: z.string(), month: z.string(), phase: z.enum(PHASES) }),
  async run(payload, ctx: ChallengesContext) {
    const config = ctx.config.showcases;
    if (!config.enabled || config.channel === null) return;
    const { guildId, month } = payload;
    switch (payload.phase) {
      case 'open':
        await openMonth(ctx, guildId, month, null);
        return;
      case 'voting':
        await startVoting(ctx, guildId, month);
        return;
      case 'close':
        await closeMonth(ctx, guildId, month);
        await scheduleMonth(ctx, guildId, nextMonth(month));
        return;
    }
  },
});

import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { nextOccurrence } from '../../../core/nextOccurrence.js';
import type { LearningContext } from '../LearningContext.js';
import { formRound } from './formRound.js';

/**
 * Schedules the next occurrence of a configured round after `afterMs` (idempotent: the job's
 * key is the schedule and the occurrence). Nothing when the rule has no later date.
 * @param ctx - module context
 * @param guildId - the guild
 * @param scheduleId - the `groups.scheduled` id
 * @param afterMs - epoch ms
 */
export async function scheduleNextRound(
  ctx: LearningContext,
  guildId: string,
  scheduleId: string,
  afterMs: number,
): Promise<void> {
  const schedule = ctx.config.groups.scheduled.find((s) => s.id === scheduleId);
  if (schedule === undefined) return;
  const at = nextOccurrence(schedule.rrule, ctx.config.timezone, afterMs);
  if (at === null) {
    ctx.log.warn(
      `study group schedule "${scheduleId}": the rrule has no occurrence after ${new Date(afterMs).toISOString()}`,
    );
    return;
  }
  await ctx.schedule(scheduledRoundJob, {
    key: `groups-scheduled:${scheduleId}:${at}`,
    runAt: at,
    payload: { guildId, scheduleId, at },
  });
}

/**
 * A scheduled round's occurrence: forms the groups of its type (round id
 * `sched-<schedule>-<at>`, so a job run twice forms them once), unless the schedule left the
 * configuration, then schedules the next occurrence.
 */
export const scheduledRoundJob = defineJob({
  name: 'groups-scheduled',
  payload: z.object({ guildId: z.string(), scheduleId: z.string(), at: z.number() }),
  async run(payload, ctx: LearningContext) {
    const schedule = ctx.config.groups.scheduled.find((s) => s.id === payload.scheduleId);
    if (schedule === undefined) return;
    await formRound(ctx, payload.guildId, {
      type: schedule.type,
      preview: false,
      by: null,
      source: 'schedule',
      scheduleId: schedule.id,
      roundId: `sched-${schedule.id}-${payload.at}`,
    });
    await scheduleNextRound(ctx, payload.guildId, schedule.id, payload.at);
  },
});

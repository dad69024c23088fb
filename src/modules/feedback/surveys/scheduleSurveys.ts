import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { nextOccurrence } from '../../../core/nextOccurrence.js';
import { openSurvey } from './openSurvey.js';
import { defaultQuestion } from './surveyWords.js';

/**
 * Schedules the next occurrence of a configured survey after `afterMs` (idempotent: the
 * job's key is the schedule and the occurrence). Nothing when the rule has no later date.
 * @param ctx - module context
 * @param guildId - the guild
 * @param scheduleId - the `feedback.surveys.scheduled` id
 * @param afterMs - epoch ms
 */
export async function scheduleNextSurvey(
  ctx: FeedbackContext,
  guildId: string,
  scheduleId: string,
  afterMs: number,
): Promise<void> {
  const schedule = ctx.config.surveys.scheduled.find((s) => s.id === scheduleId);
  if (schedule === undefined) return;
  const at = nextOccurrence(schedule.rrule, ctx.config.timezone, afterMs);
  if (at === null) {
    ctx.log.warn(
      `survey schedule "${scheduleId}": the rrule has no occurrence after ${new Date(afterMs).toISOString()}`,
    );
    return;
  }
  await ctx.schedule(scheduledSurveyJob, {
    key: `survey-scheduled:${scheduleId}:${at}`,
    runAt: at,
    payload: { guildId, scheduleId, at },
  });
}

/**
 * A scheduled survey's occurrence: posts it (unless the schedule left the configuration) in
 * its channel, found by name, then schedules the next occurrence.
 * @param ctx - module context
 * @param guildId - the guild
 * @param scheduleId - the schedule
 * @param at - the occurrence (epoch ms)
 */
export async function startScheduledSurvey(
  ctx: FeedbackContext,
  guildId: string,
  scheduleId: string,
  at: number,
): Promise<void> {
  const schedule = ctx.config.surveys.scheduled.find((s) => s.id === scheduleId);
  if (schedule === undefined) return;
  const guild = await ctx.platform.fetchGuild(guildId);
  const channel = guild.channels.find(
    (c) => c.name === schedule.channel && (c.kind === 'text' || c.kind === 'announcement'),
  );
  if (channel === undefined) {
    ctx.log.warn(`survey schedule "${scheduleId}": no channel named "${schedule.channel}"`);
  } else {
    await openSurvey(ctx, guildId, {
      id: `${scheduleId}-${at}`,
      kind: schedule.kind,
      question: schedule.question ?? defaultQuestion(schedule.kind, guild.name),
      channelId: channel.id,
      openForMs: schedule.openFor,
      scheduleId,
      openedBy: null,
    });
  }
  await scheduleNextSurvey(ctx, guildId, scheduleId, at);
}

/** Posts a scheduled survey at its occurrence and schedules the next one. */
export const scheduledSurveyJob = defineJob({
  name: 'survey-scheduled',
  payload: z.object({ guildId: z.string(), scheduleId: z.string(), at: z.number() }),
  async run(payload, ctx: FeedbackContext) {
    await startScheduledSurvey(ctx, payload.guildId, payload.scheduleId, payload.at);
  },
});

import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { feedbackDb } from '../FeedbackTables.js';
import { buildWeeklyReport } from './buildWeeklyReport.js';
import { reportChannelId } from './reportChannel.js';
import { reportEmbed } from './reportEmbed.js';
import { nextReportAt, weekBefore, type ReportWeek } from './reportWeek.js';

const WEEK_MS = 7 * 86_400_000;

const WeeklyReportPayload = z.object({
  guildId: z.string(),
  /** When it is due (epoch ms): the configured weekday and hour, local. */
  at: z.number(),
});

/**
 * Job: the weekly report of the seven local days before `at`, stored in `feedback_reports` and
 * posted to `feedback.report.channel` once per week (a rerun finds the week stored and posts
 * nothing), then next week's is scheduled. Nothing when the channel is no longer configured;
 * a job left from another `weekday` / `hour` does nothing (start scheduled the right one); a
 * report a whole week late (Guildhall was down) is skipped for the next one.
 */
export const weeklyReportJob = defineJob({
  name: 'weekly-report',
  payload: WeeklyReportPayload,
  run: runWeeklyReport,
});

/**
 * Schedules the next weekly report after `after`, keyed by guild and time: asking again
 * changes nothing.
 * @param ctx - module context
 * @param guildId - the guild
 * @param after - epoch ms
 */
export async function scheduleWeeklyReport(ctx: FeedbackContext, guildId: string, after: number): Promise<void> {
  const at = nextReportAt(ctx.config, after);
  await ctx.schedule(weeklyReportJob, {
    key: `feedback-report:${guildId}:${at}`,
    runAt: at,
    payload: { guildId, at },
  });
}

/**
 * Builds, stores and posts the report of a week, unless that week's is stored already; emits
 * `feedback.report_posted`. Answers whether it made the report now.
 * @param ctx - module context (a unit of work: the post goes through the outbox)
 * @param guildId - the guild
 * @param week - the week
 */
export async function postWeeklyReportOnce(ctx: FeedbackContext, guildId: string, week: ReportWeek): Promise<boolean> {
  const db = feedbackDb(ctx.db);
  const done = await db
    .selectFrom('feedback_reports')
    .select('week')
    .where('guild_id', '=', guildId)
    .where('week', '=', week.week)
    .executeTakeFirst();
  if (done !== undefined) return false;
  const report = await buildWeeklyReport(ctx.db, guildId, ctx.config, week.from, week.to);
  const channelId = await reportChannelId(ctx, guildId);
  if (channelId === null) {
    ctx.log.warn(
      { channel: ctx.config.report.channel },
      'feedback report channel not found: report stored, not posted',
    );
  }
  const sent =
    channelId === null
      ? null
      : await ctx.platform.sendMessage(channelId, { embeds: [reportEmbed(report, ctx.config.timezone)] });
  await db
    .insertInto('feedback_reports')
    .values({
      guild_id: guildId,
      week: week.week,
      created_at: ctx.clock.now(),
      report: JSON.stringify(report),
      message_id: sent?.id ?? null,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'week']).doNothing())
    .execute();
  await ctx.emit(
    'feedback.report_posted',
    { week: week.week, items: report.opened, posted: sent !== null },
    { guildId, key: `report:${week.week}` },
  );
  return true;
}

async function runWeeklyReport(
  { guildId, at }: z.output<typeof WeeklyReportPayload>,
  ctx: FeedbackContext,
): Promise<void> {
  if (ctx.config.report.channel === null) return;
  // Scheduled under another weekday or hour: start has scheduled the configured one.
  if (nextReportAt(ctx.config, at - 1) !== at) return;
  const now = ctx.clock.now();
  if (now < at + WEEK_MS) await postWeeklyReportOnce(ctx, guildId, weekBefore(at, ctx.config.timezone));
  await scheduleWeeklyReport(ctx, guildId, Math.max(now, at));
}

import type { FeedbackContext } from '../FeedbackContext.js';
import { reportChannelId } from './reportChannel.js';
import { scheduleWeeklyReport } from './weeklyReportJob.js';

/**
 * At every start: schedules the next weekly report when `feedback.report.channel` is set and
 * the guild has that channel (keyed by time, so a restart schedules nothing twice). Nothing is
 * scheduled by default.
 * @param ctx - module context
 * @param guildId - the guild this process manages
 */
export async function startReports(ctx: FeedbackContext, guildId: string): Promise<void> {
  if (ctx.config.report.channel === null) return;
  if ((await reportChannelId(ctx, guildId)) === null) {
    ctx.log.warn(
      { channel: ctx.config.report.channel },
      'feedback report channel not found: the weekly report is not scheduled',
    );
    return;
  }
  await scheduleWeeklyReport(ctx, guildId, ctx.clock.now());
}

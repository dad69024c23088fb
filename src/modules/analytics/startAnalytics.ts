import { scheduleKpiCheck } from './alerts/checkKpisJob.js';
import type { AnalyticsContext } from './AnalyticsContext.js';
import { scheduleDigest } from './digest/postDigestJob.js';
import { reportEnabled, scheduleReport } from './reports/postReportJob.js';
import { REPORT_KINDS } from './reports/reportPeriods.js';

/**
 * At every start: schedules the next KPI check, the reports of the current day, week and month
 * (each due the day after its period ends) and the next weekly digest. Every job is keyed by
 * guild and period (or slot), so a restart schedules nothing twice, and each job schedules
 * its successor when it runs.
 * @param ctx - module context
 * @param guildId - the guild this process manages
 */
export async function startAnalytics(ctx: AnalyticsContext, guildId: string): Promise<void> {
  const now = ctx.clock.now();
  await scheduleKpiCheck(ctx, guildId, now);
  for (const kind of REPORT_KINDS) {
    if (reportEnabled(ctx, kind)) await scheduleReport(ctx, guildId, kind, now);
  }
  if (ctx.config.digest.channel !== null) await scheduleDigest(ctx, guildId, now);
}

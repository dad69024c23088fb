import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { channelByName } from '../alerts/channelByName.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { buildReport } from './buildReport.js';
import { reportEmbed } from './reportEmbed.js';
import {
  lastCompletePeriod,
  periodContaining,
  postTime,
  REPORT_KINDS,
  type ReportKind,
  type ReportPeriod,
} from './reportPeriods.js';
import { reportHealth } from './reportHealth.js';

const ReportPayload = z.object({
  guildId: z.string(),
  kind: z.enum(REPORT_KINDS),
  /** Start of the period the report covers (epoch ms). */
  start: z.number(),
});

/**
 * Job: posts the report of a period that just ended in `reports.channel` (an embed), once per
 * guild, kind and period (`analytics_reports`' key: a rerun posts nothing), then schedules
 * the next period's. A report more than a whole period late (Guildhall was down) is skipped
 * rather than posted stale; `guildhall report` still prints it.
 */
export const postReportJob = defineJob({
  name: 'postReport',
  payload: ReportPayload,
  run: postReport,
});

/**
 * Whether a kind of report is configured to post.
 * @param ctx - module context
 * @param kind - daily, weekly or monthly
 */
export function reportEnabled(ctx: AnalyticsContext, kind: ReportKind): boolean {
  const { reports } = ctx.config;
  return reports.channel !== null && reports[kind];
}

/**
 * Schedules the report of the period of `kind` containing `at`, due `reports.hourUtc` on the
 * day after it ends; keyed by guild, kind and period, so asking again changes nothing.
 * @param ctx - module context
 * @param guildId - the guild
 * @param kind - daily, weekly or monthly
 * @param at - a time within the period
 */
export async function scheduleReport(
  ctx: AnalyticsContext,
  guildId: string,
  kind: ReportKind,
  at: number,
): Promise<void> {
  const period = periodContaining(kind, at);
  await ctx.schedule(postReportJob, {
    key: `analytics-report:${guildId}:${kind}:${period.key}`,
    runAt: postTime(period, ctx.config.reports.hourUtc),
    payload: { guildId, kind, start: period.start },
  });
}

/**
 * Posts a report in the reports channel and records it, unless this period's is recorded
 * already. Returns whether it posted.
 * @param ctx - module context (a unit of work: the post goes through the outbox)
 * @param guildId - the guild
 * @param period - the period
 */
export async function postReportOnce(ctx: AnalyticsContext, guildId: string, period: ReportPeriod): Promise<boolean> {
  const db = analyticsDb(ctx.db);
  const done = await db
    .selectFrom('analytics_reports')
    .select('message_id')
    .where('guild_id', '=', guildId)
    .where('kind', '=', period.kind)
    .where('period', '=', period.key)
    .executeTakeFirst();
  if (done !== undefined) return false;
  const channelId = await channelByName(ctx.platform, guildId, ctx.config.reports.channel);
  if (channelId === null) {
    ctx.log.warn({ channel: ctx.config.reports.channel }, 'reports channel not found: report not posted');
    return false;
  }
  const now = ctx.clock.now();
  const report = await buildReport(ctx.db, guildId, period, {
    config: ctx.config,
    now,
    health: (day) => reportHealth(ctx.db, guildId, day, ctx.config),
  });
  const sent = await ctx.platform.sendMessage(channelId, { embeds: [reportEmbed(report)] });
  await db
    .insertInto('analytics_reports')
    .values({
      guild_id: guildId,
      kind: period.kind,
      period: period.key,
      posted_at: now,
      channel_id: channelId,
      message_id: sent.id,
      body: JSON.stringify(report),
    })
    .onConflict((oc) => oc.columns(['guild_id', 'kind', 'period']).doNothing())
    .execute();
  await ctx.emit(
    'analytics.report_posted',
    { kind: period.kind, period: period.key, channelId },
    { guildId, key: `report:${period.kind}:${period.key}` },
  );
  return true;
}

async function postReport(
  { guildId, kind, start }: z.output<typeof ReportPayload>,
  ctx: AnalyticsContext,
): Promise<void> {
  const now = ctx.clock.now();
  const period = periodContaining(kind, start);
  const stale = now >= postTime(period, ctx.config.reports.hourUtc) + (period.end - period.start);
  if (reportEnabled(ctx, kind) && !stale) await postReportOnce(ctx, guildId, period);
  if (!reportEnabled(ctx, kind)) return;
  // The next period, or, after downtime, the latest period whose post time has come (the
  // periods skipped in between were stale).
  const latestDue = lastCompletePeriod(kind, now - ctx.config.reports.hourUtc * 3_600_000);
  await scheduleReport(ctx, guildId, kind, Math.max(period.end, latestDue.start));
}

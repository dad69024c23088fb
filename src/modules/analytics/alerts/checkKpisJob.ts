import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { kpiStatuses } from '../kpis/kpiStatuses.js';
import { lastCompleteWeek } from '../metrics/DayRange.js';
import { kpiValues } from '../metrics/kpiValues.js';
import { reconcileAlerts } from './reconcileAlerts.js';

const CheckPayload = z.object({
  guildId: z.string(),
  /** The check's slot: `runAt / checkEvery` (names the job's key). */
  slot: z.number().int(),
});

/**
 * Job: checks every KPI against its target and critical threshold and opens, replaces or
 * closes alerts (`reconcileAlerts`), then schedules the next check `alerts.checkEvery` later.
 * Nothing alerts until Guildhall has measured the KPIs' whole window (the 7 complete days
 * before now, live or imported): a fresh install's zeros are not a crisis.
 */
export const checkKpisJob = defineJob({
  name: 'checkKpis',
  payload: CheckPayload,
  run: checkKpis,
});

/**
 * Schedules the next KPI check: at the next multiple of `alerts.checkEvery` after `now`, keyed
 * by guild and slot, so every start and every check asks for the same job once.
 * @param ctx - module context
 * @param guildId - the guild
 * @param now - epoch ms
 */
export async function scheduleKpiCheck(ctx: AnalyticsContext, guildId: string, now: number): Promise<void> {
  const every = Math.max(60_000, ctx.config.alerts.checkEvery);
  const slot = Math.floor(now / every) + 1;
  await ctx.schedule(checkKpisJob, {
    key: `analytics-kpis:${guildId}:${every}:${slot}`,
    runAt: slot * every,
    payload: { guildId, slot },
  });
}

async function checkKpis({ guildId }: z.output<typeof CheckPayload>, ctx: AnalyticsContext): Promise<void> {
  const now = ctx.clock.now();
  if (await windowMeasured(ctx, guildId, now)) {
    const values = await kpiValues(ctx.db, guildId, now, ctx.config);
    await reconcileAlerts(ctx, guildId, kpiStatuses(ctx.config.kpis, values));
  }
  await scheduleKpiCheck(ctx, guildId, now);
}

/** Whether the rollups reach back to the first day of the KPIs' window. */
async function windowMeasured(ctx: AnalyticsContext, guildId: string, now: number): Promise<boolean> {
  const first = await analyticsDb(ctx.db)
    .selectFrom('analytics_days')
    .select('day')
    .where('guild_id', '=', guildId)
    .orderBy('day')
    .limit(1)
    .executeTakeFirst();
  return first !== undefined && first.day <= lastCompleteWeek(now).fromDay;
}

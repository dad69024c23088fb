import type { Generated } from 'kysely';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { analyticsDb, type AnalyticsAlertTable } from '../AnalyticsTables.js';
import type { KpiStatus } from '../kpis/kpiStatuses.js';
import { alertClosedEmbed, alertOpenedEmbed } from './alertEmbeds.js';
import { channelByName } from './channelByName.js';

// `analytics_alerts.id` is a serial key the database fills in: typed so for the insert.
type AlertInsert = { analytics_alerts: Omit<AnalyticsAlertTable, 'id'> & { id: Generated<number> } };

/** What one check changed for one KPI. */
export interface AlertChange {
  kpi: string;
  /** `opened`: a new alert; `closed`: the KPI recovered; `replaced`: its level changed. */
  change: 'opened' | 'closed' | 'replaced';
  alertId: number;
}

/**
 * Brings the alerts in line with the KPIs' levels now: a KPI at warning or critical without an
 * open alert opens one (posted to the warning or critical channel); one still at the level of
 * its open alert changes nothing (an alert is never repeated); a level change closes the old
 * alert and opens one at the new level; a KPI back on target closes its alert with a notice in
 * the info channel. A KPI without a value changes nothing (never alerts, never recovers); an
 * open alert of a KPI no longer configured is closed without a notice. Every change is kept in
 * `analytics_alerts` and emitted (`analytics.kpi_alert_opened` / `kpi_alert_closed`).
 * @param ctx - module context (inside a unit of work: messages go to the outbox)
 * @param guildId - the guild
 * @param statuses - every configured KPI now
 */
export async function reconcileAlerts(
  ctx: AnalyticsContext,
  guildId: string,
  statuses: readonly KpiStatus[],
): Promise<AlertChange[]> {
  const db = analyticsDb(ctx.db);
  const now = ctx.clock.now();
  const open = await db
    .selectFrom('analytics_alerts')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('closed_at', 'is', null)
    .orderBy('id')
    .execute();
  const openByKpi = new Map<string, AnalyticsAlertTable>();
  for (const alert of open) openByKpi.set(alert.kpi, alert);
  const changes: AlertChange[] = [];
  const configured = new Set(statuses.map((s) => s.kpi));

  const close = async (alert: AnalyticsAlertTable, value: number | null): Promise<void> => {
    await db
      .updateTable('analytics_alerts')
      .set({ closed_at: now, closed_value: value })
      .where('id', '=', alert.id)
      .execute();
    if (value !== null) {
      await ctx.emit(
        'analytics.kpi_alert_closed',
        { alertId: alert.id, kpi: alert.kpi, value, target: alert.target },
        { guildId, key: `alert-closed:${alert.id}` },
      );
    }
  };

  const openAlert = async (status: KpiStatus & { value: number; level: 'warning' | 'critical' }): Promise<number> => {
    const row = await ctx.db
      .withTables<AlertInsert>()
      .insertInto('analytics_alerts')
      .values({
        guild_id: guildId,
        kpi: status.kpi,
        level: status.level,
        value: status.value,
        target: status.target,
        critical: status.critical,
        opened_at: now,
        closed_at: null,
        closed_value: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const alertId = row.id;
    const { alerts } = ctx.config;
    const channelName = status.level === 'critical' ? alerts.criticalChannel : alerts.warningChannel;
    await post(ctx, guildId, channelName, { embeds: [alertOpenedEmbed(status)] });
    await ctx.emit(
      'analytics.kpi_alert_opened',
      { alertId, kpi: status.kpi, level: status.level, value: status.value, target: status.target },
      { guildId, key: `alert-opened:${alertId}` },
    );
    return alertId;
  };

  for (const alert of open) {
    // A KPI no longer configured; or a second open alert of one KPI (never made, but harmless).
    if (!configured.has(alert.kpi) || openByKpi.get(alert.kpi) !== alert) await close(alert, null);
  }
  for (const status of statuses) {
    const { value, level } = status;
    if (value === null || level === null) continue;
    const current = openByKpi.get(status.kpi);
    if (level === 'ok') {
      if (current === undefined) continue;
      await close(current, value);
      await post(ctx, guildId, ctx.config.alerts.infoChannel, {
        embeds: [alertClosedEmbed(status, current.opened_at)],
      });
      changes.push({ kpi: status.kpi, change: 'closed', alertId: current.id });
      continue;
    }
    if (current?.level === level) continue;
    if (current !== undefined) await close(current, value);
    const alertId = await openAlert({ ...status, value, level });
    changes.push({ kpi: status.kpi, change: current === undefined ? 'opened' : 'replaced', alertId });
  }
  return changes;
}

async function post(
  ctx: AnalyticsContext,
  guildId: string,
  channelName: string | null,
  message: { embeds: ReturnType<typeof alertOpenedEmbed>[] },
): Promise<void> {
  if (channelName === null) return;
  const channelId = await channelByName(ctx.platform, guildId, channelName);
  if (channelId === null) {
    ctx.log.warn({ channel: channelName }, 'KPI alert channel not found: alert kept but not posted');
    return;
  }
  await ctx.platform.sendMessage(channelId, message);
}

import { defineRoute } from '../../../core/defineRoute.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { kpiPresentation } from '../kpis/kpiLabels.js';
import { AlertHistory, AlertQuery } from './KpiApi.js';

/** `GET /api/analytics/alerts`: the KPI alert history (or the open alerts), newest first. */
export const alertHistoryRoute = defineRoute({
  method: 'GET',
  path: '/alerts',
  access: 'viewer',
  summary: 'KPI alert history, newest first (or only the open alerts)',
  query: AlertQuery,
  response: AlertHistory,
  async handle({ guildId, query }, ctx: AnalyticsContext) {
    let select = analyticsDb(ctx.db)
      .selectFrom('analytics_alerts')
      .selectAll()
      .where('guild_id', '=', guildId)
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.status === 'open') select = select.where('closed_at', 'is', null);
    if (query.kpi !== undefined) select = select.where('kpi', '=', query.kpi);
    if (query.before !== undefined) select = select.where('id', '<', query.before);
    const rows = await select.execute();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      status: 200,
      body: {
        alerts: page.map((r) => ({
          alertId: r.id,
          kpi: r.kpi,
          label: kpiPresentation(r.kpi).label,
          level: r.level === 'critical' ? ('critical' as const) : ('warning' as const),
          value: r.value,
          target: r.target,
          critical: r.critical,
          openedAt: r.opened_at,
          closedAt: r.closed_at,
          closedValue: r.closed_value,
        })),
        nextBefore: rows.length > query.limit && last !== undefined ? last.id : null,
      },
    };
  },
});

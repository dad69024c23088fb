import { defineRoute } from '../../../core/defineRoute.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { kpiStatuses } from '../kpis/kpiStatuses.js';
import { kpiValues } from '../metrics/kpiValues.js';
import { openAlerts } from '../reports/openAlerts.js';
import { KpiList } from './KpiApi.js';

/** `GET /api/analytics/kpis`: every KPI's value now against its target, with its open alert. */
export const kpiListRoute = defineRoute({
  method: 'GET',
  path: '/kpis',
  access: 'viewer',
  summary: 'Every KPI now against its target and critical threshold, with its open alert',
  response: KpiList,
  async handle({ guildId }, ctx: AnalyticsContext) {
    const now = ctx.clock.now();
    const statuses = kpiStatuses(ctx.config.kpis, await kpiValues(ctx.db, guildId, now, ctx.config));
    const open = new Map((await openAlerts(ctx.db, guildId)).map((a) => [a.kpi, a.alertId]));
    return {
      status: 200,
      body: { measuredAt: now, kpis: statuses.map((s) => ({ ...s, openAlertId: open.get(s.kpi) ?? null })) },
    };
  },
});

import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { kpiPresentation } from '../kpis/kpiLabels.js';

/** A KPI alert still open. */
export interface OpenAlert {
  alertId: number;
  kpi: string;
  label: string;
  level: 'warning' | 'critical';
  /** The value when it opened, as shown. */
  shown: string;
  openedAt: number;
}

/**
 * The KPI alerts open in a guild, critical first, then oldest first.
 * @param db - the database
 * @param guildId - the guild
 */
export async function openAlerts(db: Kysely<CoreTables>, guildId: string): Promise<OpenAlert[]> {
  const rows = await analyticsDb(db)
    .selectFrom('analytics_alerts')
    .select(['id', 'kpi', 'level', 'value', 'opened_at'])
    .where('guild_id', '=', guildId)
    .where('closed_at', 'is', null)
    .orderBy('opened_at')
    .orderBy('id')
    .execute();
  const alerts = rows.map((r): OpenAlert => {
    const { label, format } = kpiPresentation(r.kpi);
    return {
      alertId: r.id,
      kpi: r.kpi,
      label,
      level: r.level === 'critical' ? 'critical' : 'warning',
      shown: format(r.value),
      openedAt: r.opened_at,
    };
  });
  return [...alerts.filter((a) => a.level === 'critical'), ...alerts.filter((a) => a.level === 'warning')];
}

import type { Embed } from '../../../platform/Platform.js';
import { kpiPresentation } from '../kpis/kpiLabels.js';
import type { KpiStatus } from '../kpis/kpiStatuses.js';

const RED = 0xe74c3c;
const ORANGE = 0xe67e22;
const GREEN = 0x2ecc71;

/**
 * The alert posted when a KPI turns warning or critical.
 * @param status - the KPI now (its level is `warning` or `critical`)
 */
export function alertOpenedEmbed(status: KpiStatus): Embed {
  const { format } = kpiPresentation(status.kpi);
  const critical = status.level === 'critical';
  const side = status.higherIsBetter ? 'below' : 'above';
  return {
    title: `${critical ? '🚨 Critical' : '⚠️ Warning'}: ${status.label}`,
    description: critical
      ? `${status.label} is ${status.shown}, ${side} its critical threshold of ${format(status.critical)} (target ${format(status.target)}).`
      : `${status.label} is ${status.shown}, ${side} its target of ${format(status.target)} (critical at ${format(status.critical)}).`,
    color: critical ? RED : ORANGE,
    footer: `KPI ${status.kpi} · checked every few minutes; this alert is not repeated while it stays open`,
  };
}

/**
 * The notice posted when a KPI with an open alert is back on target.
 * @param status - the KPI now (level `ok`)
 * @param openedAt - when the alert opened (epoch ms)
 */
export function alertClosedEmbed(status: KpiStatus, openedAt: number): Embed {
  const { format } = kpiPresentation(status.kpi);
  return {
    title: `✅ Recovered: ${status.label}`,
    description: `${status.label} is back on target: ${status.shown} (target ${format(status.target)}).`,
    color: GREEN,
    footer: `KPI ${status.kpi} · alert open since ${new Date(openedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  };
}

/** How a KPI stands against its target: on target, warning, or critical. */
export type KpiLevel = 'ok' | 'warning' | 'critical';

/** A KPI's target and critical threshold (community.yaml `analytics.kpis.<id>`). */
export interface KpiThresholds {
  target: number;
  critical: number;
}

/**
 * Whether higher values are better for a KPI: its critical threshold lies below its target
 * (messages per day), rather than above it (response time).
 * @param kpi - target and critical threshold
 */
export function higherIsBetter(kpi: KpiThresholds): boolean {
  return kpi.critical < kpi.target;
}

/**
 * The level of a KPI value: `critical` at or past the critical threshold, `warning` between
 * it and the target, `ok` at or past the target. Null when the value is not measurable yet
 * (a null value never alerts).
 * @param value - the KPI's current value, or null
 * @param kpi - target and critical threshold
 */
export function kpiLevel(value: number | null, kpi: KpiThresholds): KpiLevel | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (higherIsBetter(kpi)) {
    if (value <= kpi.critical) return 'critical';
    return value < kpi.target ? 'warning' : 'ok';
  }
  if (value >= kpi.critical) return 'critical';
  return value > kpi.target ? 'warning' : 'ok';
}

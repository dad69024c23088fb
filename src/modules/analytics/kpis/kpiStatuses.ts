import type { AnalyticsConfig } from '../AnalyticsConfig.js';
import { higherIsBetter, kpiLevel, type KpiLevel } from './kpiLevel.js';
import { kpiPresentation } from './kpiLabels.js';

/** One configured KPI against its target now. */
export interface KpiStatus {
  kpi: string;
  label: string;
  /** Null: not measurable yet (no data, or the module that measures it has not landed). */
  value: number | null;
  target: number;
  critical: number;
  higherIsBetter: boolean;
  /** Null when the value is null. */
  level: KpiLevel | null;
  /** The value as shown (`42%`), or `n/a`. */
  shown: string;
}

/**
 * Every configured KPI (in community.yaml order) with its current value and level.
 * @param kpis - `analytics.kpis`
 * @param values - current value per KPI id (missing or null: not measurable)
 */
export function kpiStatuses(
  kpis: AnalyticsConfig['kpis'],
  values: Readonly<Record<string, number | null>>,
): KpiStatus[] {
  return Object.entries(kpis).map(([kpi, thresholds]) => {
    const value = values[kpi] ?? null;
    const { label, format } = kpiPresentation(kpi);
    return {
      kpi,
      label,
      value,
      target: thresholds.target,
      critical: thresholds.critical,
      higherIsBetter: higherIsBetter(thresholds),
      level: kpiLevel(value, thresholds),
      shown: value === null ? 'n/a' : format(value),
    };
  });
}

import type { Conditions, Match, Metric } from './Conditions.js';

/** A member's value for each metric (missing: 0). */
export type MetricValues = Partial<Record<Metric, number>>;

/**
 * Whether a member meets conditions: every one (`all`) or at least one (`any`) at
 * `factor` of its threshold (1 to earn something, the low-water fraction to keep it).
 * No conditions at all always holds.
 * @param conditions - thresholds by metric
 * @param match - all or any
 * @param values - the member's metrics
 * @param factor - fraction of each threshold that counts (default 1)
 */
export function conditionsMet(conditions: Conditions, match: Match, values: MetricValues, factor = 1): boolean {
  const checks = (Object.entries(conditions) as [Metric, number | undefined][]).filter(
    (entry): entry is [Metric, number] => entry[1] !== undefined,
  );
  if (checks.length === 0) return true;
  const met = ([metric, threshold]: [Metric, number]): boolean => (values[metric] ?? 0) >= threshold * factor;
  return match === 'all' ? checks.every(met) : checks.some(met);
}

/**
 * What is still missing for conditions, as `metric: have/need` (empty when met).
 * @param conditions - thresholds by metric
 * @param values - the member's metrics
 */
export function missingConditions(conditions: Conditions, values: MetricValues): string[] {
  return (Object.entries(conditions) as [Metric, number | undefined][])
    .filter((entry): entry is [Metric, number] => entry[1] !== undefined && (values[entry[0]] ?? 0) < entry[1])
    .map(([metric, need]) => `${metric.replaceAll('_', ' ')} ${values[metric] ?? 0}/${need}`);
}

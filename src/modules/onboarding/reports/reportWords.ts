import type { ExperimentResult } from './OnboardingReportsApi.js';

/**
 * A duration as people say it: 45 s, 12 min, 5.5 h, 3.2 d; null → "–".
 * @param ms - milliseconds, or null
 */
export function durationText(ms: number | null): string {
  if (ms === null) return '–';
  const seconds = ms / 1000;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Number((seconds / 3600).toFixed(1))} h`;
  return `${Number((seconds / 86_400).toFixed(1))} d`;
}

/**
 * A share as a percentage with one decimal at most: 0.456 → "45.6%"; null → "–".
 * @param share - 0–1, or null
 */
export function percentText(share: number | null): string {
  return share === null ? '–' : `${Number((share * 100).toFixed(1))}%`;
}

/**
 * A p-value as reports print it: 4 significant digits, "< 0.0001" below that.
 * @param p - the p-value
 */
export function pValueText(p: number): string {
  return p < 0.0001 ? '< 0.0001' : `= ${Number(p.toPrecision(4))}`;
}

/** The name of the test that gave the p-value. */
export const TEST_NAMES = { two_proportion_z: 'two-proportion z-test', fisher_exact: "Fisher's exact test" } as const;

/**
 * The one-line status of an experiment: still collecting (and how many more members with a
 * closed outcome window it needs), its verdict with the p-value, or why it cannot be analysed.
 * @param result - the experiment's result
 */
export function experimentStatusText(result: ExperimentResult): string {
  const a = result.analysis;
  if (a.status === 'invalid') return `cannot be analysed: ${a.error}`;
  if (a.status === 'collecting') {
    const needed = a.control.remaining + a.treatment.remaining;
    return `collecting — ${needed.toLocaleString('en-US')} more members needed (${a.requiredPerArm.toLocaleString('en-US')} per arm)`;
  }
  const { comparison } = a;
  const verdict = a.significant
    ? `${comparison.difference > 0 ? a.treatment.variantId : a.control.variantId} is better (significant at ${a.alpha})`
    : `no significant difference at ${a.alpha}`;
  return `p ${pValueText(comparison.pValue)} (${TEST_NAMES[comparison.test]}): ${verdict}`;
}

/**
 * A difference of two rates in percentage points: 0.052 → "+5.2 points", −0.3 → "−30 points".
 * @param difference - a difference of shares
 */
export function pointsText(difference: number): string {
  const points = Number((difference * 100).toFixed(1));
  return `${points > 0 ? '+' : points < 0 ? '−' : ''}${Math.abs(points)} points`;
}

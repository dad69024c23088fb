import type {
  FunnelGrouping,
  OnboardingExperiments,
  OnboardingFunnel,
} from '../../../src/modules/onboarding/reports/OnboardingReportsApi.js';
import { getJson } from '../api/http.js';
import { rangeQuery, type DateRangeChoice } from '../analytics/dateRange.js';

export type { FunnelGrouping, OnboardingExperiments, OnboardingFunnel };
export type {
  ExperimentResult,
  FunnelGroup,
  FunnelStep,
  JourneyStepStats,
} from '../../../src/modules/onboarding/reports/OnboardingReportsApi.js';

/** The join range the funnel reads. */
export type JoinRange = Pick<DateRangeChoice, 'from' | 'to'>;

/**
 * Reads the funnel of the members who joined in a range (`GET /api/onboarding/funnel`).
 * @param range - first and last day of joins, UTC
 * @param by - none, type or variant
 */
export function fetchFunnel(range: JoinRange, by: FunnelGrouping): Promise<OnboardingFunnel> {
  return getJson<OnboardingFunnel>(`/api/onboarding/funnel?${rangeQuery(range)}&by=${by}`);
}

/** Reads every configured experiment's result (`GET /api/onboarding/experiments`). */
export function fetchExperiments(): Promise<OnboardingExperiments> {
  return getJson<OnboardingExperiments>('/api/onboarding/experiments');
}

/**
 * The address of the funnel as a CSV file download (`GET /api/onboarding/funnel.csv`).
 * @param range - first and last day of joins, UTC
 * @param by - none, type or variant
 */
export function funnelCsvUrl(range: JoinRange, by: FunnelGrouping): string {
  return `/api/onboarding/funnel.csv?${rangeQuery(range)}&by=${by}`;
}

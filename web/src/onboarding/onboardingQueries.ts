import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchExperiments, fetchFunnel, type FunnelGrouping, type JoinRange } from './onboardingApi.js';

/** Onboarding moves with joins and button presses; once a minute is plenty. */
export const ONBOARDING_POLL_MS = 60_000;

/**
 * The funnel of a range's joiners, split or not.
 * @param range - first and last day of joins
 * @param by - none, type or variant
 */
export function funnelQuery(range: JoinRange, by: FunnelGrouping) {
  return queryOptions({
    queryKey: ['onboarding', 'funnel', range.from, range.to, by],
    queryFn: () => fetchFunnel(range, by),
    refetchInterval: ONBOARDING_POLL_MS,
    // While a new range or split loads, the last one stays on screen.
    placeholderData: keepPreviousData,
  });
}

/** Every experiment's result. */
export const experimentsQuery = queryOptions({
  queryKey: ['onboarding', 'experiments'],
  queryFn: fetchExperiments,
  refetchInterval: ONBOARDING_POLL_MS,
});

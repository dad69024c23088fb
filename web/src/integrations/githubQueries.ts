import { queryOptions } from '@tanstack/react-query';
import { fetchDeliveries, fetchDeliveryStats, type DeliveryFilter } from './githubApi.js';

/** Every github query starts with this key. */
export const GITHUB_KEY = ['github'] as const;

/** Deliveries arrive any time: every 30 s. */
const POLL_MS = 30_000;

/**
 * The latest deliveries.
 * @param status - the filter
 */
export function deliveriesQuery(status: DeliveryFilter) {
  return queryOptions({
    queryKey: [...GITHUB_KEY, 'deliveries', status],
    queryFn: () => fetchDeliveries(status),
    refetchInterval: POLL_MS,
  });
}

/**
 * Delivery counts.
 * @param days - days back
 */
export function deliveryStatsQuery(days: number) {
  return queryOptions({
    queryKey: [...GITHUB_KEY, 'stats', days],
    queryFn: () => fetchDeliveryStats(days),
    refetchInterval: POLL_MS,
  });
}

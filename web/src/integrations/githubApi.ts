import type { DeliveryList, DeliveryStats } from '../../../src/modules/github/deliveries/DeliveriesApi.js';
import { getJson } from '../api/http.js';

export type { DeliveryList, DeliveryStats };

/** The statuses the deliveries table filters by ('' = all). */
export type DeliveryFilter = '' | 'routed' | 'filtered' | 'ignored' | 'unknown' | 'failed';

/**
 * Reads the latest GitHub deliveries (`GET /api/github/deliveries`).
 * @param status - only this status, or '' for all
 */
export function fetchDeliveries(status: DeliveryFilter): Promise<DeliveryList> {
  return getJson<DeliveryList>(`/api/github/deliveries?limit=50${status === '' ? '' : `&status=${status}`}`);
}

/**
 * Reads the delivery counts of the last days (`GET /api/github/stats`).
 * @param days - days back
 */
export function fetchDeliveryStats(days: number): Promise<DeliveryStats> {
  return getJson<DeliveryStats>(`/api/github/stats?days=${days}`);
}

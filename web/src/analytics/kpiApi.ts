import type { AlertHistory, KpiList } from '../../../src/modules/analytics/http/KpiApi.js';
import { getJson } from '../api/http.js';

export type { AlertHistory, AlertView, KpiList, KpiStatusView } from '../../../src/modules/analytics/http/KpiApi.js';

/** Reads every configured KPI now against its target (`GET /api/analytics/kpis`). */
export function fetchKpis(): Promise<KpiList> {
  return getJson<KpiList>('/api/analytics/kpis');
}

/**
 * Reads the KPI alerts, newest first.
 * @param status - only the open ones, or the whole history
 * @param limit - how many (1–200)
 */
export function fetchAlerts(status: 'open' | 'all', limit: number): Promise<AlertHistory> {
  return getJson<AlertHistory>(`/api/analytics/alerts?status=${status}&limit=${limit}`);
}

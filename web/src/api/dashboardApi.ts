import type { LeaderboardEntry, OverviewResponse } from '../../../src/server/dashboard/DashboardApi.js';
import { getJson } from './http.js';

export type {
  EventSummary,
  EventTypeCount,
  HourlyCount,
  LeaderboardEntry,
  OverviewResponse,
} from '../../../src/server/dashboard/DashboardApi.js';

/** Reads everything the Overview page shows. */
export function fetchOverview(): Promise<OverviewResponse> {
  return getJson<OverviewResponse>('/api/overview');
}

/**
 * Reads the top members by points.
 * @param limit - how many positions (1–100)
 */
export function fetchLeaderboard(limit: number): Promise<LeaderboardEntry[]> {
  return getJson<LeaderboardEntry[]>(`/api/leaderboard?limit=${limit}`);
}

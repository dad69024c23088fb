import type {
  LeaderboardEntry,
  LeaderboardPeriod,
  OverviewResponse,
  PeriodLeaderboardResponse,
} from '../../../src/server/dashboard/DashboardApi.js';
import { getJson } from './http.js';

export type {
  EventSummary,
  EventTypeCount,
  HourlyCount,
  LeaderboardCategory,
  LeaderboardEntry,
  LeaderboardPeriod,
  OverviewLockdown,
  OverviewResponse,
  PeriodLeaderboardEntry,
  PeriodLeaderboardResponse,
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

/**
 * Reads a category's leaderboard for the current period (at the server's clock).
 * @param period - week, month, season or all
 * @param category - `points` or a category id from `categories`
 * @param limit - how many positions (1–100)
 */
export function fetchPeriodLeaderboard(
  period: LeaderboardPeriod,
  category: string,
  limit: number,
): Promise<PeriodLeaderboardResponse> {
  const query = new URLSearchParams({ period, category, limit: String(limit) });
  return getJson<PeriodLeaderboardResponse>(`/api/v2/leaderboard?${query.toString()}`);
}

import { queryOptions } from '@tanstack/react-query';
import { fetchLeaderboard, fetchOverview, fetchPeriodLeaderboard, type LeaderboardPeriod } from './dashboardApi.js';

/** Everything the Overview page shows; the shell reads the community's name and platform from it. */
export const overviewQuery = queryOptions({ queryKey: ['overview'], queryFn: fetchOverview });

/**
 * A category's leaderboard for the current period.
 * @param period - week, month, season or all
 * @param category - `points` or a category id
 * @param limit - how many positions
 */
export function periodLeaderboardQuery(period: LeaderboardPeriod, category: string, limit: number) {
  return queryOptions({
    queryKey: ['leaderboard', 'period', period, category, limit],
    queryFn: () => fetchPeriodLeaderboard(period, category, limit),
  });
}

/**
 * The all-time points standings (v1), as the sandbox panel shows a member's points.
 * @param limit - how many positions
 */
export function standingsQuery(limit: number) {
  return queryOptions({ queryKey: ['leaderboard', 'all-time', limit], queryFn: () => fetchLeaderboard(limit) });
}

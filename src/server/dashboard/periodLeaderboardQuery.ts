import { z } from 'zod';
import type { LeaderboardPeriod } from './DashboardApi.js';

const PERIODS = ['week', 'month', 'season', 'all'] as const satisfies readonly LeaderboardPeriod[];
const LIMIT_ERROR = 'must be a whole number from 1 to 100';

const Query = z.object({
  period: z.enum(PERIODS, { error: `must be one of ${PERIODS.join(', ')}` }).default('all'),
  category: z.string({ error: 'must be one category id' }).default('points'),
  limit: z.coerce
    .number({ error: LIMIT_ERROR })
    .int({ error: LIMIT_ERROR })
    .min(1, { error: LIMIT_ERROR })
    .max(100, { error: LIMIT_ERROR })
    .default(10),
});

/** A valid `GET /api/v2/leaderboard` query, defaults filled in. */
export interface PeriodLeaderboardQuery {
  period: LeaderboardPeriod;
  category: string;
  limit: number;
}

/**
 * Parses the query of `GET /api/v2/leaderboard`: `period` (week, month, season, all; default
 * all), `category` (one of `categoryIds`; default points) and `limit` (1–100, default 10).
 * @param raw - the request's query object
 * @param categoryIds - the categories that exist
 * @returns the query, or an error naming the parameter and what it accepts
 */
export function parsePeriodLeaderboardQuery(
  raw: unknown,
  categoryIds: readonly string[],
): { ok: true; query: PeriodLeaderboardQuery } | { ok: false; error: string } {
  const parsed = Query.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') ?? 'query'}: ${issue?.message ?? 'invalid'}` };
  }
  const { category } = parsed.data;
  if (!categoryIds.includes(category)) {
    return {
      ok: false,
      error: `category: no category ${JSON.stringify(category)}; must be one of ${categoryIds.join(', ')}`,
    };
  }
  return { ok: true, query: parsed.data };
}

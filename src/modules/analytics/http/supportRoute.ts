import { defineRoute } from '../../../core/defineRoute.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { dateRangeOf } from '../metrics/readModel.js';
import { supportMetrics } from '../metrics/supportMetrics.js';
import { DateRangeQuery } from './AnalyticsApi.js';
import { resolveRange } from './resolveRange.js';
import { SupportMetricsResponse } from './SupportApi.js';

/**
 * `GET /api/analytics/support`: resolution rate, community-answered share and median times to
 * first response and to a solution of the support questions asked in a date range, overall and
 * per tag.
 */
export const supportMetricsRoute = defineRoute({
  method: 'GET',
  path: '/support',
  access: 'viewer',
  summary:
    'Support questions of a date range: resolution rate, community-answered share, median response and resolution times, per tag',
  query: DateRangeQuery,
  response: SupportMetricsResponse,
  handle: async ({ query, guildId }, ctx: AnalyticsContext) => {
    const range = resolveRange(query, ctx.clock.now());
    if ('error' in range) return { status: 400, error: range.error };
    return { status: 200, body: { range: dateRangeOf(range), ...(await supportMetrics(ctx.db, guildId, range)) } };
  },
});

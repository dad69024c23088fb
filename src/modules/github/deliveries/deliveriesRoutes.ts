import { defineRoute } from '../../../core/defineRoute.js';
import type { GithubContext } from '../GithubContext.js';
import { DeliveriesQuery, DeliveryList, DeliveryStats, StatsQuery } from './DeliveriesApi.js';
import { deliveryStats, listDeliveries } from './deliveryViews.js';

/** `GET /api/github/deliveries?status&limit`: the latest deliveries. */
export const deliveriesRoute = defineRoute({
  method: 'GET',
  path: '/deliveries',
  access: 'viewer',
  summary: 'The latest GitHub deliveries, newest first: event, action, repository, sender, status and reason, channels',
  query: DeliveriesQuery,
  response: DeliveryList,
  handle: async ({ query, guildId }, ctx: GithubContext) => ({
    status: 200,
    body: await listDeliveries(ctx, guildId, query.status, query.limit),
  }),
});

/** `GET /api/github/stats?days`: delivery counts. */
export const deliveryStatsRoute = defineRoute({
  method: 'GET',
  path: '/stats',
  access: 'viewer',
  summary: 'GitHub delivery counts over the last N days: per event, per status, per event and status, per day',
  query: StatsQuery,
  response: DeliveryStats,
  handle: async ({ query, guildId }, ctx: GithubContext) => ({
    status: 200,
    body: await deliveryStats(ctx, guildId, query.days),
  }),
});

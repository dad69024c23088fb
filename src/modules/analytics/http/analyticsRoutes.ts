import { CsvFile, defineRoute, type RouteRefusal } from '../../../core/defineRoute.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { dayOf } from '../AnalyticsTables.js';
import type { DayRange } from '../metrics/DayRange.js';
import { channelsOf, healthOfRange, retentionOf, seriesOf, summaryOf } from '../metrics/readModel.js';
import {
  AnalyticsChannels,
  AnalyticsSeries,
  AnalyticsSummary,
  CsvExport,
  DateRangeQuery,
  ExportQuery,
  HealthReport,
  RetentionCohorts,
  RetentionQuery,
} from './AnalyticsApi.js';
import { exportCsv } from './exportCsv.js';
import { resolveRange } from './resolveRange.js';

function withRange<T>(
  query: DateRangeQuery,
  ctx: AnalyticsContext,
  read: (range: DayRange) => Promise<T>,
): Promise<{ status: 200; body: T } | RouteRefusal> {
  const range = resolveRange(query, ctx.clock.now());
  if ('error' in range) return Promise.resolve({ status: 400, error: range.error });
  return read(range).then((body) => ({ status: 200, body }));
}

/**
 * Adds each channel's name from the platform's channel list (one guild read); a channel the
 * platform no longer lists, a thread, or a platform that cannot answer leaves it without one.
 * @param ctx - the module context
 * @param guildId - the guild
 * @param body - the per-channel activity
 */
async function withChannelNames(
  ctx: AnalyticsContext,
  guildId: string,
  body: AnalyticsChannels,
): Promise<AnalyticsChannels> {
  const names = await ctx.platform.fetchGuild(guildId).then(
    (guild) => new Map(guild.channels.map((c) => [c.id, c.name])),
    () => new Map<string, string>(),
  );
  return {
    ...body,
    channels: body.channels.map((c) => {
      const name = names.get(c.channelId);
      return name === undefined ? c : { ...c, name };
    }),
  };
}

/** `GET /api/analytics/summary`: the headline figures of a date range. */
export const summaryRoute = defineRoute({
  method: 'GET',
  path: '/summary',
  access: 'viewer',
  summary:
    'Members, joins, leaves, churn, growth, messages, DAU/WAU/MAU, engagement, activation and response times of a date range',
  query: DateRangeQuery,
  response: AnalyticsSummary,
  handle: ({ query, guildId }, ctx: AnalyticsContext) =>
    withRange(query, ctx, (range) => summaryOf(ctx.db, guildId, range)),
});

/** `GET /api/analytics/series`: one point per day. */
export const seriesRoute = defineRoute({
  method: 'GET',
  path: '/series',
  access: 'viewer',
  summary: 'Daily members, joins, leaves, messages, replies, reactions, DAU, WAU and MAU of a date range',
  query: DateRangeQuery,
  response: AnalyticsSeries,
  handle: ({ query, guildId }, ctx: AnalyticsContext) =>
    withRange(query, ctx, (range) => seriesOf(ctx.db, guildId, range)),
});

/** `GET /api/analytics/retention`: weekly cohorts and their retention. */
export const retentionRoute = defineRoute({
  method: 'GET',
  path: '/retention',
  access: 'viewer',
  summary: 'Retention by weekly join (or first-message) cohort: 7- and 30-day retention and a 12-week heatmap',
  query: RetentionQuery,
  response: RetentionCohorts,
  handle: ({ query, guildId }, ctx: AnalyticsContext) =>
    withRange(query, ctx, (range) => retentionOf(ctx.db, guildId, range, query.basis, dayOf(ctx.clock.now()) - 1)),
});

/** `GET /api/analytics/channels`: per-channel activity. */
export const channelsRoute = defineRoute({
  method: 'GET',
  path: '/channels',
  access: 'viewer',
  summary: 'Messages, replies, reactions and time to first response per channel over a date range',
  query: DateRangeQuery,
  response: AnalyticsChannels,
  handle: ({ query, guildId }, ctx: AnalyticsContext) =>
    withRange(query, ctx, async (range) => withChannelNames(ctx, guildId, await channelsOf(ctx.db, guildId, range))),
});

/** `GET /api/analytics/health`: the health score, its parts and its trend. */
export const healthRoute = defineRoute({
  method: 'GET',
  path: '/health',
  access: 'viewer',
  summary: 'Health score (0.4 engagement + 0.3 growth + 0.3 sentiment) with its parts, inputs and daily trend',
  query: DateRangeQuery,
  response: HealthReport,
  handle: ({ query, guildId }, ctx: AnalyticsContext) =>
    withRange(query, ctx, (range) => healthOfRange(ctx.db, guildId, range, ctx.config)),
});

/** `GET /api/analytics/export`: a dataset as CSV text. */
export const exportRoute = defineRoute({
  method: 'GET',
  path: '/export',
  access: 'viewer',
  summary: 'A dataset (series, channels, retention or health) of a date range as CSV text with a file name',
  query: ExportQuery,
  response: CsvExport,
  handle: ({ query, guildId }, ctx: AnalyticsContext) =>
    withRange(query, ctx, (range) => exportCsv(ctx, guildId, range, query.dataset)),
});

/** `GET /api/analytics/export.csv`: a dataset as a CSV file download (the page's button). */
export const exportFileRoute = defineRoute({
  method: 'GET',
  path: '/export.csv',
  access: 'viewer',
  summary: 'A dataset (series, channels, retention or health) of a date range as a CSV file download',
  query: ExportQuery,
  produces: 'text/csv',
  response: CsvFile,
  handle: ({ query, guildId }, ctx: AnalyticsContext) =>
    withRange(query, ctx, async (range) => {
      const { filename, csv } = await exportCsv(ctx, guildId, range, query.dataset);
      return { filename, body: csv };
    }),
});

/** The analytics module's read routes, in the module's `routes`. */
export const analyticsReadRoutes = [
  summaryRoute,
  seriesRoute,
  retentionRoute,
  channelsRoute,
  healthRoute,
  exportRoute,
  exportFileRoute,
];

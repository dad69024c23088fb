import { CsvFile, defineRoute, type RouteResult } from '../../../core/defineRoute.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { onboardingExperiments } from './experimentResults.js';
import { funnelCsv } from './funnelCsv.js';
import { resolveJoinRange } from './joinRange.js';
import { onboardingFunnel } from './onboardingFunnel.js';
import { FunnelQuery, OnboardingExperiments, OnboardingFunnel } from './OnboardingReportsApi.js';

async function funnelOf(
  query: FunnelQuery,
  guildId: string,
  ctx: OnboardingContext,
): Promise<RouteResult<OnboardingFunnel>> {
  const range = resolveJoinRange(query, ctx.clock.now());
  if ('error' in range) return { status: 400, error: range.error };
  return { status: 200, body: await onboardingFunnel(ctx.db, guildId, range, query.by, ctx.config) };
}

/** `GET /api/onboarding/funnel`: the completion funnel of a range's joiners. */
export const funnelRoute = defineRoute({
  method: 'GET',
  path: '/funnel',
  access: 'viewer',
  summary:
    'Onboarding funnel of the members who joined in a date range: steps, drop-off, median times, completion vs target, journey steps; by type or variant',
  query: FunnelQuery,
  response: OnboardingFunnel,
  handle: ({ query, guildId }, ctx: OnboardingContext) => funnelOf(query, guildId, ctx),
});

/** `GET /api/onboarding/funnel.csv`: the funnel as a CSV file download. */
export const funnelCsvRoute = defineRoute({
  method: 'GET',
  path: '/funnel.csv',
  access: 'viewer',
  summary: 'The onboarding funnel of a date range as a CSV file download (one row per group and step)',
  query: FunnelQuery,
  produces: 'text/csv',
  response: CsvFile,
  handle: async ({ query, guildId }, ctx: OnboardingContext) => {
    const result = await funnelOf(query, guildId, ctx);
    return result.status === 200 ? { status: 200, body: funnelCsv(result.body) } : result;
  },
});

/** `GET /api/onboarding/experiments`: each configured A/B experiment's result. */
export const experimentsRoute = defineRoute({
  method: 'GET',
  path: '/experiments',
  access: 'viewer',
  summary:
    'Onboarding A/B experiments: arms, trials whose outcome window has closed, and the fixed-horizon analysis (collecting, or rates with 95 % CIs, test and p-value)',
  response: OnboardingExperiments,
  handle: async ({ guildId }, ctx: OnboardingContext) => ({
    status: 200,
    body: await onboardingExperiments(ctx.db, guildId, ctx.config, ctx.clock.now()),
  }),
});

/** The report routes, in the reports part. */
export const reportsRoutes = [funnelRoute, funnelCsvRoute, experimentsRoute];

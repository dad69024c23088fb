import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  fetchChannels,
  fetchHealth,
  fetchRetention,
  fetchSeries,
  fetchSummary,
  type AnalyticsRange,
  type RetentionCohorts,
} from './analyticsApi.js';
import { fetchDigestPreview } from './digestApi.js';
import { fetchAlerts, fetchKpis } from './kpiApi.js';

/** The first key part of every analytics query: posting the digest refreshes them all. */
export const ANALYTICS_KEY = ['analytics'] as const;

/** Rollups change as messages arrive; once a minute is plenty (and whenever the page is opened). */
export const ANALYTICS_POLL_MS = 60_000;

// While a new range loads, the last one stays on screen.
const shared = { refetchInterval: ANALYTICS_POLL_MS, placeholderData: keepPreviousData } as const;

/**
 * The range's headline figures.
 * @param range - first and last day
 */
export function summaryQuery(range: AnalyticsRange) {
  return queryOptions({
    queryKey: [...ANALYTICS_KEY, 'summary', range.from, range.to],
    queryFn: () => fetchSummary(range),
    ...shared,
  });
}

/**
 * One point per day of the range.
 * @param range - first and last day
 */
export function seriesQuery(range: AnalyticsRange) {
  return queryOptions({
    queryKey: [...ANALYTICS_KEY, 'series', range.from, range.to],
    queryFn: () => fetchSeries(range),
    ...shared,
  });
}

/**
 * Weekly retention cohorts.
 * @param range - first and last day
 * @param basis - by join or by first message
 */
export function retentionQuery(range: AnalyticsRange, basis: RetentionCohorts['basis']) {
  return queryOptions({
    queryKey: [...ANALYTICS_KEY, 'retention', range.from, range.to, basis],
    queryFn: () => fetchRetention(range, basis),
    ...shared,
  });
}

/**
 * Per-channel activity.
 * @param range - first and last day
 */
export function channelsQuery(range: AnalyticsRange) {
  return queryOptions({
    queryKey: [...ANALYTICS_KEY, 'channels', range.from, range.to],
    queryFn: () => fetchChannels(range),
    ...shared,
  });
}

/**
 * The health score, its parts and trend.
 * @param range - first and last day
 */
export function healthQuery(range: AnalyticsRange) {
  return queryOptions({
    queryKey: [...ANALYTICS_KEY, 'health', range.from, range.to],
    queryFn: () => fetchHealth(range),
    ...shared,
  });
}

/** The weekly digest as it would post now. */
export const digestPreviewQuery = queryOptions({
  queryKey: [...ANALYTICS_KEY, 'digest', 'preview'],
  queryFn: fetchDigestPreview,
  refetchInterval: ANALYTICS_POLL_MS,
});

/** Every KPI now against its target. */
export const kpisQuery = queryOptions({
  queryKey: [...ANALYTICS_KEY, 'kpis'],
  queryFn: fetchKpis,
  refetchInterval: ANALYTICS_POLL_MS,
});

/** The open KPI alerts, newest first. */
export const openAlertsQuery = queryOptions({
  queryKey: [...ANALYTICS_KEY, 'alerts', 'open'],
  queryFn: () => fetchAlerts('open', 50),
  refetchInterval: ANALYTICS_POLL_MS,
});

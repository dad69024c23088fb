import type {
  AnalyticsChannels,
  AnalyticsSeries,
  AnalyticsSummary,
  CsvExport,
  EXPORT_DATASETS,
  HealthReport,
  RetentionCohorts,
} from '../../../src/modules/analytics/http/AnalyticsApi.js';
import { getJson } from '../api/http.js';
import { rangeQuery, type DateRangeChoice } from './dateRange.js';

export type { AnalyticsChannels, AnalyticsSeries, AnalyticsSummary, CsvExport, HealthReport, RetentionCohorts };
export type {
  ChannelActivity,
  HealthPoint,
  RetentionCohort,
  SeriesPoint,
} from '../../../src/modules/analytics/http/AnalyticsApi.js';

/** The range every analytics read takes. */
export type AnalyticsRange = Pick<DateRangeChoice, 'from' | 'to'>;

/** A table the CSV export can produce. */
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

/**
 * Reads the headline figures of a range (`GET /api/analytics/summary`).
 * @param range - first and last day, UTC
 */
export function fetchSummary(range: AnalyticsRange): Promise<AnalyticsSummary> {
  return getJson<AnalyticsSummary>(`/api/analytics/summary?${rangeQuery(range)}`);
}

/**
 * Reads one point per day: members, joins, leaves, messages, DAU / WAU / MAU.
 * @param range - first and last day, UTC
 */
export function fetchSeries(range: AnalyticsRange): Promise<AnalyticsSeries> {
  return getJson<AnalyticsSeries>(`/api/analytics/series?${rangeQuery(range)}`);
}

/**
 * Reads the weekly cohorts that started in the range and their retention.
 * @param range - first and last day, UTC
 * @param basis - cohorts by join date or by first message
 */
export function fetchRetention(range: AnalyticsRange, basis: RetentionCohorts['basis']): Promise<RetentionCohorts> {
  return getJson<RetentionCohorts>(`/api/analytics/retention?${rangeQuery(range)}&basis=${basis}`);
}

/**
 * Reads each channel's activity over the range, busiest first.
 * @param range - first and last day, UTC
 */
export function fetchChannels(range: AnalyticsRange): Promise<AnalyticsChannels> {
  return getJson<AnalyticsChannels>(`/api/analytics/channels?${rangeQuery(range)}`);
}

/**
 * Reads the health score on the range's last day, its parts and its daily trend.
 * @param range - first and last day, UTC
 */
export function fetchHealth(range: AnalyticsRange): Promise<HealthReport> {
  return getJson<HealthReport>(`/api/analytics/health?${rangeQuery(range)}`);
}

/**
 * The address of one table of the range as a CSV file download (`GET /api/analytics/export.csv`,
 * sent as an attachment under its file name).
 * @param range - first and last day, UTC
 * @param dataset - series, channels, retention or health
 */
export function csvExportUrl(range: AnalyticsRange, dataset: ExportDataset): string {
  return `/api/analytics/export.csv?${rangeQuery(range)}&dataset=${dataset}`;
}

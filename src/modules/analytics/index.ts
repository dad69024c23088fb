// The analytics module's public surface: the only file other parts of Guildhall import.
export { analyticsModule } from './analyticsModule.js';
export { AnalyticsConfig } from './AnalyticsConfig.js';
export { buildReport } from './reports/buildReport.js';
export type { Report } from './reports/Report.js';
export { reportHealth } from './reports/reportHealth.js';
export { lastCompletePeriod, REPORT_KINDS, type ReportKind } from './reports/reportPeriods.js';
export { reportText } from './reports/reportText.js';
export { analyticsQueries, type AnalyticsQuery } from './metrics/analyticsQueries.js';
export { kpiValues, PENDING_KPIS } from './metrics/kpiValues.js';
export type { DayRange } from './metrics/DayRange.js';
export { healthOf, healthSeries, HEALTH_WEIGHTS, type HealthOfDay } from './health/healthScore.js';
export * as analyticsApi from './http/AnalyticsApi.js';
export * as kpiApi from './http/KpiApi.js';
export * as digestApi from './http/DigestApi.js';
// Recompute the topic counts by response time from the topics and the channels' blocks of days
// from their days (bench/analyticsQueries writes those directly, as a large community's
// handlers would have).
export { rebuildResponseCounts } from './rollups/responseCounts.js';
export { rebuildChannelBlocks } from './rollups/channelBlocks.js';

import { defineModule } from '../../core/defineModule.js';
import { AnalyticsConfig } from './AnalyticsConfig.js';
import { analyticsEvents } from './analyticsEvents.js';
import { analyticsMigrations } from './analyticsMigrations.js';
import { analyticsPrivacy } from './analyticsPrivacy.js';

/**
 * Analytics: daily rollups of activity kept from events (live, recovered or imported), every
 * metric of docs/analytics.md, the health score, KPI targets with alerts, staff reports and
 * the weekly public digest.
 */
export const analyticsModule = defineModule({
  id: 'analytics',
  description: 'Metrics by published definitions, health score, KPI alerts, reports and the weekly digest.',
  config: AnalyticsConfig,
  events: analyticsEvents,
  on: {},
  migrations: analyticsMigrations,
  privacy: analyticsPrivacy,
});

// The analytics module's public surface: the only file other parts of Guildhall import.
export { analyticsModule } from './analyticsModule.js';
export type { AnalyticsConfig } from './AnalyticsConfig.js';

import type { ModuleContext } from '../../core/defineModule.js';
import type { AnalyticsConfig } from './AnalyticsConfig.js';

/** What the analytics module's handlers, jobs and routes get. */
export type AnalyticsContext = ModuleContext<AnalyticsConfig, undefined, 'analytics'>;

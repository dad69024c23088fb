import type { ModuleContext } from '../../core/defineModule.js';
import type { FeedbackConfig } from './FeedbackConfig.js';

/** What the feedback module's handlers get. */
export type FeedbackContext = ModuleContext<FeedbackConfig, undefined, 'feedback'>;

import type { ModuleContext } from '../../core/defineModule.js';
import type { LearningConfig } from './LearningConfig.js';

/** What the learning module's handlers get. */
export type LearningContext = ModuleContext<LearningConfig, undefined, 'learning'>;

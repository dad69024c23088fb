import type { ModuleContext } from '../../core/defineModule.js';
import type { CrosspostConfig } from './CrosspostConfig.js';

/** What the crosspost module's handlers get. */
export type CrosspostContext = ModuleContext<CrosspostConfig, undefined, 'crosspost'>;

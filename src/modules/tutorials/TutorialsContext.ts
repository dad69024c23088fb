import type { ModuleContext } from '../../core/defineModule.js';
import type { TutorialsConfig } from './TutorialsConfig.js';

/** What the tutorials module's handlers get. */
export type TutorialsContext = ModuleContext<TutorialsConfig, undefined, 'tutorials'>;

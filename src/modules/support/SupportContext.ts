import type { ModuleContext } from '../../core/defineModule.js';
import type { SupportConfig } from './SupportConfig.js';

/** What the support module's handlers get. */
export type SupportContext = ModuleContext<SupportConfig, undefined, 'support'>;

import type { ModuleContext } from '../../core/defineModule.js';
import type { PrivacyConfig } from './PrivacyConfig.js';

/** What the privacy module's commands, buttons and jobs get. */
export type PrivacyContext = ModuleContext<PrivacyConfig, undefined, 'privacy'>;

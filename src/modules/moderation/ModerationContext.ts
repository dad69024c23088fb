import type { ModuleContext } from '../../core/defineModule.js';
import type { ModerationConfig } from './ModerationConfig.js';

/** What the moderation module's handlers, commands, components and jobs get. */
export type ModerationContext = ModuleContext<ModerationConfig, undefined, 'moderation'>;

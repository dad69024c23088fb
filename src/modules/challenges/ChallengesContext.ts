import type { ModuleContext } from '../../core/defineModule.js';
import type { ChallengesConfig } from './ChallengesConfig.js';

/** What the challenges module's handlers get. */
export type ChallengesContext = ModuleContext<ChallengesConfig, undefined, 'challenges'>;

import type { ModuleContext } from '../../core/defineModule.js';
import type { GithubConfig } from './GithubConfig.js';

/** What the github module's handlers get. */
export type GithubContext = ModuleContext<GithubConfig, undefined, 'github'>;

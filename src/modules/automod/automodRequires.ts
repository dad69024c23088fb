import type { ModuleRequirement } from '../../core/defineModule.js';

/**
 * What automod needs enabled beside it. Its own file so that configuration (`guildhall
 * validate`) can check the requirement without loading the module's handlers.
 */
export const automodRequires: readonly ModuleRequirement[] = [
  {
    module: 'moderation',
    reason: 'its ban, timeout, kick, warn, strike, lockdown and alert effects are carried out by moderation',
  },
];

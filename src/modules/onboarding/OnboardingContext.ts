import type { ModuleContext } from '../../core/defineModule.js';
import type { OnboardingConfig } from './OnboardingConfig.js';

/** What the onboarding module's handlers get. */
export type OnboardingContext = ModuleContext<OnboardingConfig, undefined, 'onboarding'>;

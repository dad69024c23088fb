import type { ModulePart } from '../../core/moduleParts.js';
import type { OnboardingContext } from './OnboardingContext.js';

/**
 * One part of the onboarding module (welcome and gate, journey, reports, re-engagement);
 * `onboardingModule` joins the parts (`joinParts`).
 */
export type OnboardingPart = ModulePart<OnboardingContext>;

import type { OnboardingPart } from '../OnboardingPart.js';

/** Re-engagement: one "what you missed" message per period for quiet members. */
export const reengagementPart: OnboardingPart = {};

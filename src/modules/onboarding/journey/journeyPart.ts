import type { OnboardingPart } from '../OnboardingPart.js';

/** The journey: durable steps after the join, where they are delivered, /onboarding. */
export const journeyPart: OnboardingPart = {};

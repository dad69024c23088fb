import type { OnboardingPart } from '../OnboardingPart.js';
import { reportsRoutes } from './reportsRoutes.js';

/** The funnel and the A/B results: HTTP routes for the dashboard. */
export const reportsPart: OnboardingPart = { routes: reportsRoutes };

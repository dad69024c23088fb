import type { LearningPart } from '../LearningPart.js';
import { readRoutes } from './readRoutes.js';
import { staffRoutes } from './staffRoutes.js';

/**
 * The dashboard's API of the learning module (`/api/learning/…`): the cohort overview, study
 * groups, formation rounds, mentors and their load, mentorships with their journey (GET,
 * viewers) and learner profiles (GET, moderators); staff preview or form study groups and
 * preview or run the mentor assignment (POST, learning staff by their guild roles).
 */
export const httpPart: LearningPart = { routes: [...readRoutes, ...staffRoutes] };

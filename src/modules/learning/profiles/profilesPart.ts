import type { LearningPart } from '../LearningPart.js';

/** PLACEHOLDER (lead's skeleton): the profiles part's handlers, components, jobs and routes. */
export const profilesPart: LearningPart = {};

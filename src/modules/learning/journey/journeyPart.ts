import type { LearningPart } from '../LearningPart.js';

/** PLACEHOLDER (lead's skeleton): the journey part's handlers, components, jobs and routes. */
export const journeyPart: LearningPart = {};

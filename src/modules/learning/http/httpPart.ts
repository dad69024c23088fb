import type { LearningPart } from '../LearningPart.js';

/** PLACEHOLDER (lead's skeleton): the http part's handlers, components, jobs and routes. */
export const httpPart: LearningPart = {};

import type { LearningPart } from '../LearningPart.js';

/** PLACEHOLDER (lead's skeleton): the groups part's handlers, components, jobs and routes. */
export const groupsPart: LearningPart = {};

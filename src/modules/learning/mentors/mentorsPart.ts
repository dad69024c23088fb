import type { LearningPart } from '../LearningPart.js';

/** PLACEHOLDER (lead's skeleton): the mentors part's handlers, components, jobs and routes. */
export const mentorsPart: LearningPart = {};

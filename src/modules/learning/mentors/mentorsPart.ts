import type { LearningPart } from '../LearningPart.js';
import { requestButtonHandler } from './requestButtonHandler.js';

/**
 * The mentors part: the Accept / Decline buttons of mentor requests (`/mentor find`,
 * `recommend`, `request` and `assign` are wired in commands/). Schedules nothing: assignments
 * run when staff ask (`/mentor assign`).
 */
export const mentorsPart: LearningPart = { components: [requestButtonHandler] };

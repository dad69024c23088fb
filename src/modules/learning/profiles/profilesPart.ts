import type { LearningPart } from '../LearningPart.js';
import { mentorFormHandler } from './mentorFormHandler.js';
import { profileFormHandler } from './profileFormHandler.js';

/**
 * Profiles: the `/learn profile` and `/mentor register` forms (their subcommands are routed by
 * the commands part). Profiles stay when a member leaves: erasing them is the privacy path.
 */
export const profilesPart: LearningPart = { components: [profileFormHandler, mentorFormHandler] };

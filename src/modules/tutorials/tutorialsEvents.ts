import { defineEvents } from '../../core/defineEvents.js';
import { libraryEvents } from './library/libraryEvents.js';
import { quizzesEvents } from './quizzes/quizzesEvents.js';

/** The tutorials module's events: its parts'. */
export const tutorialsEvents = defineEvents('tutorials', { ...libraryEvents, ...quizzesEvents });

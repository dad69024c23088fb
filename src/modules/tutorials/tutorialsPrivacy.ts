import { joinPrivacy } from '../../core/privacy/joinPrivacy.js';
import { libraryPrivacy } from './library/libraryPrivacy.js';
import { quizzesPrivacy } from './quizzes/quizzesPrivacy.js';

/** A member's tutorials data: export and erase across the module's parts. */
export const tutorialsPrivacy = joinPrivacy([libraryPrivacy, quizzesPrivacy]);

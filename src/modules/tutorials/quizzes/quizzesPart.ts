import type { TutorialsPart } from '../TutorialsPart.js';

/** The quizzes part of the tutorials module: its handlers, commands, components, jobs, routes. */
export const quizzesPart: TutorialsPart = {};

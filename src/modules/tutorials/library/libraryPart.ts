import type { TutorialsPart } from '../TutorialsPart.js';

/** The library part of the tutorials module: its handlers, commands, components, jobs, routes. */
export const libraryPart: TutorialsPart = {};

import type { ChallengesPart } from '../ChallengesPart.js';

/** The showcases part of the challenges module: its handlers, commands, components, jobs, routes. */
export const showcasesPart: ChallengesPart = {};

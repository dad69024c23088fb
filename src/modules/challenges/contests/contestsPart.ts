import type { ChallengesPart } from '../ChallengesPart.js';

/** The contests part of the challenges module: its handlers, commands, components, jobs, routes. */
export const contestsPart: ChallengesPart = {};

import type { GithubPart } from '../GithubPart.js';

/** The deliveries part of the github module: its handlers, commands, components, jobs, routes. */
export const deliveriesPart: GithubPart = {};

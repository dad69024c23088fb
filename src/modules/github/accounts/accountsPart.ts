import type { GithubPart } from '../GithubPart.js';

/** The accounts part of the github module: its handlers, commands, components, jobs, routes. */
export const accountsPart: GithubPart = {};

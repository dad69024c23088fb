import type { CrosspostPart } from '../CrosspostPart.js';

/** The announcements part of the crosspost module: its handlers, commands, components, jobs, routes. */
export const announcementsPart: CrosspostPart = {};

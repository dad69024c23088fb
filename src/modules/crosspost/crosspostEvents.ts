import { defineEvents } from '../../core/defineEvents.js';
import { announcementsEvents } from './announcements/announcementsEvents.js';

/** The crosspost module's events: its parts'. */
export const crosspostEvents = defineEvents('crosspost', { ...announcementsEvents });

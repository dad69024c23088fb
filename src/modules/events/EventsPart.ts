import type { ModulePart } from '../../core/moduleParts.js';
import type { EventsContext } from './EventsContext.js';

/**
 * One part of the events module (programme, RSVP, reminders, attendance, survey, calendar);
 * `eventsModule` joins the parts (`joinParts`).
 */
export type EventsPart = ModulePart<EventsContext>;

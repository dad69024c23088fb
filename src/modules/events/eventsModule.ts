import { defineModule } from '../../core/defineModule.js';
import { joinParts } from '../../core/moduleParts.js';
import { attendancePart } from './attendance/attendancePart.js';
import { calendarPart } from './calendar/calendarPart.js';
import { EventsConfig } from './EventsConfig.js';
import { eventsEvents } from './eventsEvents.js';
import { eventsMigrations } from './eventsMigrations.js';
import { eventsPrivacy } from './eventsPrivacy.js';
import { lifecyclePart } from './lifecycle/lifecyclePart.js';
import { programmePart } from './programme/programmePart.js';
import { rsvpPart } from './rsvp/rsvpPart.js';

const parts = joinParts([programmePart, lifecyclePart, rsvpPart, attendancePart, calendarPart]);

/**
 * Events: the weekly programme as recurrence rules and one-off events, created ahead as
 * Discord scheduled events (programme/); RSVP with capacity and waitlist, kept in sync with
 * Discord's "interested", and reminders (rsvp/, reminders/); attendance from voice presence
 * and participation points (attendance/); the post-event survey (survey/); iCalendar feeds
 * and the dashboard's API (calendar/, reports/). Each occurrence's reminder, start and end
 * run as durable jobs (lifecycle/).
 */
export const eventsModule = defineModule({
  id: 'events',
  description:
    'Weekly programme as code, Discord scheduled events, RSVP and waitlist, reminders, voice attendance, surveys, iCalendar.',
  config: EventsConfig,
  events: eventsEvents,
  on: parts.on,
  components: parts.components,
  commands: parts.commands,
  jobs: parts.jobs,
  routes: parts.routes,
  start: parts.start,
  migrations: eventsMigrations,
  privacy: eventsPrivacy,
});

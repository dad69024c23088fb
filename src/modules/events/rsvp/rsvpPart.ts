import type { EventsPart } from '../EventsPart.js';
import { remindDmButtonHandler } from '../reminders/remindDmButtonHandler.js';
import { interestAdded } from './interestAdded.js';
import { interestRemoved } from './interestRemoved.js';
import { rsvpButtonHandler } from './rsvpButtonHandler.js';

/**
 * The events module's part for RSVP buttons, capacity and waitlist, Discord's "interested"
 * (members marking one of our scheduled events count as going), and the "Remind me by DM"
 * button. The reminders themselves run as lifecycle jobs (`reminders/sendReminder.ts`).
 */
export const rsvpPart: EventsPart = {
  on: {
    'scheduled_event.user_added': interestAdded,
    'scheduled_event.user_removed': interestRemoved,
  },
  components: [rsvpButtonHandler, remindDmButtonHandler],
};

import { eventsCommand } from '../commands/eventsCommand.js';
import type { EventsPart } from '../EventsPart.js';
import { eventEndJob, eventReminderJob, eventStartJob } from './eventJobs.js';

/** The events module's part for each occurrence's reminder, start and end jobs, and `/events`. */
export const lifecyclePart: EventsPart = {
  jobs: [eventReminderJob, eventStartJob, eventEndJob],
  commands: [eventsCommand],
};

import type { CrosspostPart } from '../CrosspostPart.js';
import { deliverJob } from './deliver/deliverJob.js';
import { announceCommand } from './discord/announceCommand.js';
import { cancelButtonHandler, composeFormHandler, publishButtonHandler } from './discord/announceComponents.js';
import { composeRoute, postsRoute, previewRoute, publishRoute } from './http/crosspostRoutes.js';

/** The announcements part of the crosspost module: `/announce`, its form and buttons, delivery jobs, routes. */
export const announcementsPart: CrosspostPart = {
  commands: [announceCommand],
  components: [composeFormHandler, publishButtonHandler, cancelButtonHandler],
  jobs: [deliverJob],
  routes: [composeRoute, previewRoute, publishRoute, postsRoute],
};

import type { ChallengesPart } from '../ChallengesPart.js';
import { showcaseMonthRoute, showcasesRoute } from './http/showcaseRoutes.js';
import { nominationFormHandler } from './nominationFormHandler.js';
import { showcaseCommand } from './showcaseCommand.js';
import { scheduleShowcases, showcasePhaseJob } from './showcaseSchedule.js';
import { showcaseStaffCommand } from './showcaseStaffCommand.js';
import { voteSelectHandler } from './voteSelectHandler.js';

/**
 * The showcases part of the challenges module (seeds 000, 001): monthly showcases with
 * nominations (`/showcase nominate`), a voting message per category (a select menu), winners
 * awarded at the month's end (`contribution.recorded` showcase_award), staff control
 * (`/showcase-staff`); phases are durable jobs keyed by month, scheduled only when enabled.
 */
export const showcasesPart: ChallengesPart = {
  commands: [showcaseCommand, showcaseStaffCommand],
  components: [voteSelectHandler, nominationFormHandler],
  jobs: [showcasePhaseJob],
  routes: [showcasesRoute, showcaseMonthRoute],
  start: scheduleShowcases,
};

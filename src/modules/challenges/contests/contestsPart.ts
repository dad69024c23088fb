import type { ChallengesPart } from '../ChallengesPart.js';
import { challengeCommand, challengeStaffCommand } from './challengeCommands.js';
import { contestJobs } from './contestJobs.js';
import { entryFormHandler } from './entryFormHandler.js';
import { contestRoute, contestsRoute } from './http/contestRoutes.js';
import { planContests } from './planContests.js';
import { voteButtonHandler } from './voteButtonHandler.js';

/**
 * The contests part of the challenges module (seeds 000, 001): monthly challenges by level and
 * theme, announced on schedule, with entries by form, community votes, judges' scores and
 * winners, each phase a durable job.
 */
export const contestsPart: ChallengesPart = {
  commands: [challengeCommand, challengeStaffCommand],
  components: [entryFormHandler, voteButtonHandler],
  jobs: contestJobs,
  routes: [contestsRoute, contestRoute],
  start: planContests,
};

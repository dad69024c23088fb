import type { LearningPart } from '../LearningPart.js';
import { completeMentorshipJob } from './completeMentorshipJob.js';
import { onMemberLeft } from './onMemberLeft.js';
import { promptSessionJob } from './promptSessionJob.js';
import { sessionButtonHandler } from './sessionButtonHandler.js';
import { sessionDeadlineJob } from './sessionDeadlineJob.js';
import { startJourney } from './startJourney.js';

/**
 * The mentorship journey (seed 003): on `learning.mentorship_started` the whole plan (intro,
 * bi-weekly check-ins, monthly milestones, quarterly project) is stored and a durable job per
 * session prompts the pair in their thread with outcome buttons; unanswered sessions are
 * skipped after `journey.answerWithin`; the journey completes at `ends_at`. `/mentor status`
 * and `/mentor end` live here (dispatched by `mentorCommand`); a departure ends the member's
 * mentorships.
 */
export const journeyPart: LearningPart = {
  on: {
    'learning.mentorship_started': startJourney,
    'member.left': onMemberLeft,
  },
  components: [sessionButtonHandler],
  jobs: [promptSessionJob, sessionDeadlineJob, completeMentorshipJob],
};

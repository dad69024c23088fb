import type { FeedbackPart } from '../FeedbackPart.js';
import { closePollJob } from './closePoll.js';
import { closeSurveyJob } from './closeSurvey.js';
import { pollButtonHandler } from './pollButtons.js';
import { pollCommand } from './pollCommand.js';
import { scheduledSurveyJob, scheduleNextSurvey } from './scheduleSurveys.js';
import { surveyCommand } from './surveyCommand.js';
import { surveyCommentHandler, surveyScoreHandler } from './surveyButtons.js';

/**
 * Surveys and polls: `/survey` posts satisfaction (1–10) and NPS (0–10) surveys with score
 * buttons and a comment form, closed by a job at their time with the results; schedules from
 * `feedback.surveys.scheduled` (a job per next occurrence, only when configured). `/poll`
 * posts quick polls (Discord native polls where the platform has them, buttons otherwise),
 * closed by a job with the results posted.
 */
export const surveysPart: FeedbackPart = {
  commands: [surveyCommand, pollCommand],
  components: [surveyScoreHandler, surveyCommentHandler, pollButtonHandler],
  jobs: [closeSurveyJob, scheduledSurveyJob, closePollJob],
  async start(ctx, guildId) {
    for (const schedule of ctx.config.surveys.scheduled) {
      await scheduleNextSurvey(ctx, guildId, schedule.id, ctx.clock.now());
    }
  },
};

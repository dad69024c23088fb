import type { SupportContext } from '../SupportContext.js';
import type { SupportPart } from '../SupportPart.js';
import { getQuestion } from '../store/Questions.js';
import { dormantJob, nudgeJob } from './nudgeJobs.js';
import { scheduleAfterMessage, scheduleNudges } from './scheduleNudges.js';

async function reschedule(ctx: SupportContext, guildId: string, questionId: string): Promise<void> {
  const question = await getQuestion(ctx, guildId, questionId);
  if (question !== undefined) await scheduleNudges(ctx, question);
}

/**
 * The nudges part of the support module: after an answer, an asker who stays quiet for
 * `nudges.markSolutionAfter` is reminded once to mark a solution; an unsolved question without
 * a message for `nudges.dormantAfter` goes dormant (notice, archived). Both run as jobs keyed by
 * question and time, scheduled when the question opens, is answered or is reopened; a job
 * that finds its time moved schedules itself anew, so a message (after questions/ recorded it:
 * parts run in order) only restarts a chain that ended (`scheduleAfterMessage`). Without questions nothing is scheduled.
 */
export const nudgesPart: SupportPart = {
  on: {
    'support.question_opened': (event, ctx) => reschedule(ctx, event.guildId, event.payload.questionId),
    'support.first_response': (event, ctx) => reschedule(ctx, event.guildId, event.payload.questionId),
    'support.reopened': (event, ctx) => reschedule(ctx, event.guildId, event.payload.questionId),
    'message.created': async (event, ctx) => {
      if (event.payload.authorBot) return;
      const question = await getQuestion(ctx, event.guildId, event.payload.channelId);
      if (question !== undefined) await scheduleAfterMessage(ctx, question);
    },
  },
  jobs: [nudgeJob, dormantJob],
};

import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { closedSurveyMessage } from './surveyCard.js';
import { surveyResults, type SurveyResults } from './surveyResults.js';
import { findSurvey } from './surveyStore.js';

/**
 * Closes a survey (at its time, or early by `/survey close`): marks it closed, edits its
 * message to show the results without buttons, emits `feedback.survey_closed`. Nothing when
 * it is unknown or already closed.
 * @param ctx - module context
 * @param guildId - the guild
 * @param surveyId - the survey
 * @returns the final results, or null when nothing was closed
 */
export async function closeSurvey(
  ctx: FeedbackContext,
  guildId: string,
  surveyId: string,
): Promise<SurveyResults | null> {
  const survey = await findSurvey(ctx, guildId, surveyId);
  if (survey === null || survey.closed_at !== null) return null;
  const now = ctx.clock.now();
  await feedbackDb(ctx.db)
    .updateTable('feedback_surveys')
    .set({ closed_at: now })
    .where('guild_id', '=', guildId)
    .where('id', '=', surveyId)
    .execute();
  const results = await surveyResults(ctx.db, guildId, surveyId);
  if (results === null) return null;
  if (survey.message_id !== null) {
    await ctx.platform.editMessage(survey.channel_id, survey.message_id, closedSurveyMessage(survey, results));
  }
  await ctx.emit(
    'feedback.survey_closed',
    {
      surveyId,
      kind: survey.kind,
      responses: results.responses,
      mean: results.mean,
      nps: results.nps,
      promoters: results.promoters,
      passives: results.passives,
      detractors: results.detractors,
    },
    { key: `survey-closed:${surveyId}`, guildId },
  );
  return results;
}

/** Closes a survey at its `closes_at`: results, message edited, `feedback.survey_closed`. */
export const closeSurveyJob = defineJob({
  name: 'survey-close',
  payload: z.object({ guildId: z.string(), surveyId: z.string() }),
  async run(payload, ctx: FeedbackContext) {
    await closeSurvey(ctx, payload.guildId, payload.surveyId);
  },
});

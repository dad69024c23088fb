import type { Selectable } from 'kysely';
import { feedbackDb, type FeedbackSurveyTable } from '../FeedbackTables.js';
import type { FeedbackContext } from '../FeedbackContext.js';

/** A survey row. */
export type SurveyRow = Selectable<FeedbackSurveyTable>;

/**
 * A survey by id, or null.
 * @param ctx - module context
 * @param guildId - the guild
 * @param surveyId - the survey
 */
export async function findSurvey(ctx: FeedbackContext, guildId: string, surveyId: string): Promise<SurveyRow | null> {
  const row = await feedbackDb(ctx.db)
    .selectFrom('feedback_surveys')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * The most recently opened survey, open ones only when `openOnly`; null when none.
 * @param ctx - module context
 * @param guildId - the guild
 * @param openOnly - only surveys not yet closed
 */
export async function latestSurvey(
  ctx: FeedbackContext,
  guildId: string,
  openOnly: boolean,
): Promise<SurveyRow | null> {
  let query = feedbackDb(ctx.db).selectFrom('feedback_surveys').select('id').where('guild_id', '=', guildId);
  if (openOnly) query = query.where('closed_at', 'is', null);
  const row = await query.orderBy('opened_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row === undefined ? null : findSurvey(ctx, guildId, row.id);
}

/**
 * The scores given to a survey, one per member.
 * @param ctx - module context
 * @param guildId - the guild
 * @param surveyId - the survey
 */
export async function surveyScores(ctx: FeedbackContext, guildId: string, surveyId: string): Promise<number[]> {
  const rows = await feedbackDb(ctx.db)
    .selectFrom('feedback_survey_responses')
    .select('score')
    .where('guild_id', '=', guildId)
    .where('survey_id', '=', surveyId)
    .execute();
  return rows.map((r) => r.score);
}

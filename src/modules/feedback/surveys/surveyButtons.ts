import type { ComponentHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomIdArgs } from '../cards/feedbackCustomIds.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { findSurvey, type SurveyRow } from './surveyStore.js';
import { scoreRange } from './surveyWords.js';

/** Longest comment kept. */
export const SURVEY_COMMENT_MAX = 1000;

const privately = (content: string): InteractionReply => ({ content, ephemeral: true });

/** The survey if it still takes answers, else the refusal. */
async function openSurveyOr(
  ctx: FeedbackContext,
  guildId: string,
  surveyId: string | undefined,
): Promise<SurveyRow | InteractionReply> {
  const survey = surveyId === undefined ? null : await findSurvey(ctx, guildId, surveyId);
  if (survey === null) return privately('This survey no longer exists.');
  if (survey.closed_at !== null || ctx.clock.now() >= survey.closes_at) {
    return privately('This survey is closed: answers are no longer accepted.');
  }
  return survey;
}

/**
 * A score button (`feedback:survey:<surveyId>:<score>`): stores the member's answer (one per
 * member, replaced when they pick again while it is open), thanks them privately and emits
 * `feedback.survey_answered`.
 */
export const surveyScoreHandler: ComponentHandler<FeedbackContext> = {
  customIdPrefix: FEEDBACK_CUSTOM_IDS.survey,
  async handle(interaction, ctx) {
    const args = feedbackCustomIdArgs(interaction.payload.customId, FEEDBACK_CUSTOM_IDS.survey);
    if (interaction.type !== 'interaction.button' || args?.length !== 2) return privately('This button is not valid.');
    const found = await openSurveyOr(ctx, interaction.guildId, args[0]);
    if (!('id' in found)) return found;
    const score = Number(args[1]);
    const { min, max } = scoreRange(found.kind);
    if (!Number.isInteger(score) || score < min || score > max) return privately('This button is not valid.');
    const userId = interaction.payload.userId;
    const db = feedbackDb(ctx.db);
    const previous = await db
      .selectFrom('feedback_survey_responses')
      .select('score')
      .where('guild_id', '=', interaction.guildId)
      .where('survey_id', '=', found.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const now = ctx.clock.now();
    await db
      .insertInto('feedback_survey_responses')
      .values({
        guild_id: interaction.guildId,
        survey_id: found.id,
        user_id: userId,
        score,
        comment: null,
        answered_at: now,
      })
      .onConflict((oc) => oc.columns(['guild_id', 'survey_id', 'user_id']).doUpdateSet({ score, answered_at: now }))
      .execute();
    await ctx.emit(
      'feedback.survey_answered',
      { surveyId: found.id, kind: found.kind, userId, score },
      { key: `survey-answered:${interaction.payload.interactionId}`, guildId: interaction.guildId },
    );
    const changed = previous !== undefined && previous.score !== score;
    return privately(
      changed
        ? `Thanks: your answer is now ${score} (it was ${previous.score}). You can still change it or add a comment.`
        : `Thanks for answering (${score})! You can change it until the survey closes, or add a comment.`,
    );
  },
};

/**
 * "Add a comment" (`feedback:survey-comment:<surveyId>`): opens the comment form; the form
 * (same custom id) stores the comment with the member's answer, which must come first.
 */
export const surveyCommentHandler: ComponentHandler<FeedbackContext> = {
  customIdPrefix: FEEDBACK_CUSTOM_IDS.surveyComment,
  async handle(interaction, ctx) {
    const args = feedbackCustomIdArgs(interaction.payload.customId, FEEDBACK_CUSTOM_IDS.surveyComment);
    const found = await openSurveyOr(ctx, interaction.guildId, args?.[0]);
    if (!('id' in found)) return found;
    const db = feedbackDb(ctx.db);
    const where = { guild: interaction.guildId, survey: found.id, user: interaction.payload.userId };
    const answer = await db
      .selectFrom('feedback_survey_responses')
      .select('score')
      .where('guild_id', '=', where.guild)
      .where('survey_id', '=', where.survey)
      .where('user_id', '=', where.user)
      .executeTakeFirst();
    if (answer === undefined) return privately('Pick a score first, then add your comment.');
    if (interaction.type === 'interaction.button') {
      return {
        modal: {
          customId: interaction.payload.customId,
          title: 'Your comment',
          inputs: [
            {
              customId: 'comment',
              label: 'Anything you want to tell the team?',
              style: 'paragraph',
              required: true,
              maxLength: SURVEY_COMMENT_MAX,
            },
          ],
        },
      };
    }
    if (interaction.type !== 'interaction.modal') return privately('This form is not valid.');
    const comment = (interaction.payload.fields.comment ?? '').trim().slice(0, SURVEY_COMMENT_MAX);
    if (comment === '') return privately('The comment was empty: nothing was saved.');
    await db
      .updateTable('feedback_survey_responses')
      .set({ comment })
      .where('guild_id', '=', where.guild)
      .where('survey_id', '=', where.survey)
      .where('user_id', '=', where.user)
      .execute();
    return privately('Thanks for your comment: staff read every one.');
  },
};

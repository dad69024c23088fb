import type { ComponentHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { EventsContext } from '../EventsContext.js';
import { submitSurvey } from './submitSurvey.js';
import { surveyAccess } from './surveyAccess.js';
import { parseSurvey, surveyEventId, surveyForm, SURVEY_BUTTON_PREFIX, SURVEY_FORM_PREFIX } from './surveyForm.js';

const privately = (content: string): InteractionReply => ({ content: content.slice(0, 2000), ephemeral: true });

/** "Rate this event" under the post-event message: opens the survey form for those who may answer. */
export const surveyButtonHandler: ComponentHandler<EventsContext> = {
  customIdPrefix: SURVEY_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const eventId = surveyEventId(interaction.payload.customId, SURVEY_BUTTON_PREFIX);
    if (eventId === null || interaction.type !== 'interaction.button') return privately('This button is not valid.');
    const access = await surveyAccess(ctx, interaction.guildId, eventId, interaction.payload.userId);
    if (!access.ok) return privately(access.reason);
    return { modal: surveyForm(eventId, access.event.title) };
  },
};

/**
 * The survey form, submitted: checks the scores (a score that is not 1–5 is refused and
 * nothing changes) and who answers again (the window may have closed since the button), then
 * stores the answer.
 */
export const surveyFormHandler: ComponentHandler<EventsContext> = {
  customIdPrefix: SURVEY_FORM_PREFIX,
  async handle(interaction, ctx) {
    const eventId = surveyEventId(interaction.payload.customId, SURVEY_FORM_PREFIX);
    if (eventId === null || interaction.type !== 'interaction.modal') return privately('This form is not valid.');
    const answer = parseSurvey(interaction.payload.fields);
    if (!('rating' in answer)) return answer;
    const userId = interaction.payload.userId;
    const access = await surveyAccess(ctx, interaction.guildId, eventId, userId);
    if (!access.ok) return privately(access.reason);
    const replaced = await submitSurvey(ctx, access.event, userId, answer, interaction.payload.interactionId);
    return privately(
      replaced
        ? `Thanks: your new answer about “${access.event.title}” replaces the one you gave before.`
        : `Thanks for rating “${access.event.title}” (${answer.rating}/5): the hosts read every answer.`,
    );
  },
};

import type { ComponentHandler } from '../../../core/defineModule.js';
import { decideAppeal, reviewableAppeal } from '../appeals/decideAppeal.js';
import {
  DECIDE_BUTTON_PREFIX,
  DECISION_FORM_PREFIX,
  REASON_INPUT,
  REASON_LENGTH,
  decisionForm,
  parseDecisionId,
} from '../appeals/decisionButtons.js';
import { decisionReply } from '../appeals/decisionReply.js';
import { privately } from '../commands/reply.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';

/**
 * Uphold… / Overturn… on an appeal alert: asks the reviewer for the reasoning (a modal), after
 * checking with {@link reviewableAppeal} that they may decide it and that it still waits.
 */
export const decideButtonHandler: ComponentHandler<ModerationContext> = {
  customIdPrefix: DECIDE_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const target = parseDecisionId(interaction.payload.customId, DECIDE_BUTTON_PREFIX);
    if (target === null || interaction.type !== 'interaction.button') return privately('This button is not valid.');
    const places = await moderationPlaces(ctx, interaction.guildId);
    const reviewable = await reviewableAppeal(ctx, places, {
      guildId: interaction.guildId,
      appealId: target.appealId,
      reviewer: interaction.payload,
    });
    if (!reviewable.ok) return privately(reviewable.reason);
    return { modal: decisionForm(reviewable.appeal.id, target.outcome) };
  },
};

/** The reasoning form, submitted: decides the appeal exactly as `/review-appeal` does. */
export const decisionFormHandler: ComponentHandler<ModerationContext> = {
  customIdPrefix: DECISION_FORM_PREFIX,
  async handle(interaction, ctx) {
    const target = parseDecisionId(interaction.payload.customId, DECISION_FORM_PREFIX);
    if (target === null || interaction.type !== 'interaction.modal') return privately('This form is not valid.');
    const reason = (interaction.payload.fields[REASON_INPUT] ?? '').trim();
    if (reason.length < REASON_LENGTH.min) return privately('Give the reasoning the member will read.');
    const places = await moderationPlaces(ctx, interaction.guildId);
    const decided = await decideAppeal(ctx, places, {
      guildId: interaction.guildId,
      appealId: target.appealId,
      outcome: target.outcome,
      reason: reason.slice(0, REASON_LENGTH.max),
      reviewer: interaction.payload,
    });
    return privately(decisionReply(decided));
  },
};

import type { ComponentHandler } from '../../../core/defineModule.js';
import { toAppeal } from '../appeals/Appeal.js';
import { decideAppeal } from '../appeals/decideAppeal.js';
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
import type { ModerationConfig } from '../ModerationConfig.js';
import { moderationDb } from '../ModerationTables.js';
import { hasAuthority } from '../permissions/authority.js';

/**
 * Uphold… / Overturn… on an appeal alert: asks the reviewer for the reasoning (a modal), after
 * checking they may decide it (moderators for first appeals, admins for final ones) and that
 * it still waits.
 */
export const decideButtonHandler: ComponentHandler<ModerationConfig> = {
  customIdPrefix: DECIDE_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const target = parseDecisionId(interaction.payload.customId, DECIDE_BUTTON_PREFIX);
    if (target === null || interaction.type !== 'interaction.button') return privately('This button is not valid.');
    const row = await moderationDb(ctx.db)
      .selectFrom('moderation_appeals')
      .selectAll()
      .where('guild_id', '=', interaction.guildId)
      .where('id', '=', target.appealId)
      .executeTakeFirst();
    if (row === undefined) return privately(`There is no appeal #${target.appealId}.`);
    const appeal = toAppeal(row);
    if (appeal.status !== 'pending') return privately(`Appeal #${appeal.id} was already decided (${appeal.status}).`);
    const places = await moderationPlaces(ctx, interaction.guildId);
    const authority = appeal.level === 'first' ? 'moderator' : 'admin';
    if (!hasAuthority(places, interaction.payload, authority)) {
      return privately(`Appeal #${appeal.id} is a ${appeal.level} appeal: only ${authority}s can decide it.`);
    }
    return { modal: decisionForm(appeal.id, target.outcome) };
  },
};

/** The reasoning form, submitted: decides the appeal exactly as `/review-appeal` does. */
export const decisionFormHandler: ComponentHandler<ModerationConfig> = {
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
